// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>
#include <QVector>

namespace aclwb::widgets {

/// Whether this build can write animated WebP (libwebp's WebPAnimEncoder was found at configure time).
bool animatedWebpAvailable();

/// Writes `frames` (all the size of the first) as one looping animated WebP, `frameMilliseconds` each, atomically.
/// Returns an error message naming the file, or empty on success. Qt writes no animated format, and WebP is the one
/// Debian's libwebp encodes (browsers, image viewers and slide tools show it).
QString writeAnimatedWebp(const QVector<QImage>& frames, int frameMilliseconds, const QString& path);

} // namespace aclwb::widgets
