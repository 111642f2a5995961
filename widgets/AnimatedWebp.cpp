// SPDX-License-Identifier: MIT
#include "AnimatedWebp.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#ifdef ACLWB_HAVE_WEBP
#include <webp/encode.h>
#include <webp/mux.h>
#endif

namespace aclwb::widgets {

bool animatedWebpAvailable()
{
#ifdef ACLWB_HAVE_WEBP
    return true;
#else
    return false;
#endif
}

QString writeAnimatedWebp(const QVector<QImage>& frames, int frameMilliseconds, const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    if (frames.isEmpty() || frames.front().isNull()) {
        return QCoreApplication::translate("AnimatedWebp", "%1: no frames to write").arg(name);
    }
#ifdef ACLWB_HAVE_WEBP
    const int width = frames.front().width();
    const int height = frames.front().height();
    WebPAnimEncoderOptions options;
    if (!WebPAnimEncoderOptionsInit(&options)) {
        return QCoreApplication::translate("AnimatedWebp", "%1: libwebp version mismatch").arg(name);
    }
    WebPAnimEncoder* encoder = WebPAnimEncoderNew(width, height, &options);
    WebPConfig config;
    if (encoder == nullptr || !WebPConfigInit(&config)) {
        WebPAnimEncoderDelete(encoder);
        return QCoreApplication::translate("AnimatedWebp", "%1: cannot start the WebP encoder").arg(name);
    }
    config.quality = 90; // plots: sharp text and points survive at 90
    QString error;
    int timestamp = 0;
    for (const QImage& frame : frames) {
        const QImage rgba = frame.scaled(width, height).convertToFormat(QImage::Format_RGBA8888);
        WebPPicture picture;
        WebPPictureInit(&picture);
        picture.width = width;
        picture.height = height;
        picture.use_argb = 1;
        const bool ok = WebPPictureImportRGBA(&picture, rgba.constBits(), static_cast<int>(rgba.bytesPerLine()))
            && WebPAnimEncoderAdd(encoder, &picture, timestamp, &config);
        WebPPictureFree(&picture);
        if (!ok) {
            error = QCoreApplication::translate("AnimatedWebp", "%1: encoding a frame failed").arg(name);
            break;
        }
        timestamp += frameMilliseconds;
    }
    WebPData data;
    WebPDataInit(&data);
    if (error.isEmpty()
        && (!WebPAnimEncoderAdd(encoder, nullptr, timestamp, nullptr) || !WebPAnimEncoderAssemble(encoder, &data))) {
        error = QCoreApplication::translate("AnimatedWebp", "%1: assembling the animation failed").arg(name);
    }
    WebPAnimEncoderDelete(encoder);
    if (error.isEmpty()) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(reinterpret_cast<const char*>(data.bytes), static_cast<qint64>(data.size))
                != static_cast<qint64>(data.size)
            || !file.commit()) {
            error = QCoreApplication::translate("AnimatedWebp", "Cannot write %1: %2").arg(name, file.errorString());
        }
    }
    WebPDataClear(&data);
    return error;
#else
    (void)frameMilliseconds;
    return QCoreApplication::translate("AnimatedWebp", "%1: this build has no WebP encoder (libwebp-dev)").arg(name);
#endif
}

} // namespace aclwb::widgets
