// SPDX-License-Identifier: MIT
// aclwb-render-icons SVG OUT_DIR SIZE...: renders the application icon to OUT_DIR/aclwb-SIZE.png for the hicolor
// icon theme (the build runs it; nothing rasterised is kept in the repository).
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    QSvgRenderer svg(args.value(1));
    if (args.size() < 4 || !svg.isValid()) {
        QTextStream(stderr) << "usage: aclwb-render-icons ICON.svg OUT_DIR SIZE... (the SVG must be valid)\n";
        return 2;
    }
    for (const QString& text : args.mid(3)) {
        const int size = text.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString path = args[2] + QStringLiteral("/aclwb-") + text + QStringLiteral(".png");
        if (size <= 0 || !image.save(path)) {
            QTextStream(stderr) << "aclwb-render-icons: cannot write " << path << '\n';
            return 1;
        }
    }
    return 0;
}
