// SPDX-License-Identifier: MIT
#include "RunNotes.h"

#include "io/RegularFile.h"
#include "train/ConfigSchema.h"
#include "util/InputError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace aclwb::gui {
namespace {

QString pathOf(const QString& runDir)
{
    return QDir(runDir).filePath(QStringLiteral("notes.json"));
}

} // namespace

RunNotes RunNotes::read(const QString& runDir, QString* error)
{
    RunNotes notes;
    QFile file(pathOf(runDir));
    if (!QFileInfo::exists(file.fileName())) {
        return notes;
    }
    QByteArray bytes;
    try {
        // A FIFO named notes.json would block the listing forever, so it is refused before it is opened; nesting is
        // bounded as for every JSON file we read.
        const std::string path = QFile::encodeName(file.fileName()).toStdString();
        requireRegularFile(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return notes;
        }
        bytes = file.readAll();
        requireJsonDepth(bytes.toStdString(), path);
    } catch (const InputError& e) {
        if (error != nullptr) {
            *error = QString::fromStdString(e.what());
        }
        return notes;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error != nullptr) {
            *error = QObject::tr("%1 is not valid JSON: %2").arg(QDir::toNativeSeparators(file.fileName()),
                                                                 parse.errorString());
        }
        return notes;
    }
    const QJsonObject o = doc.object();
    notes.name = o.value(QStringLiteral("name")).toString();
    for (const QJsonValue& t : o.value(QStringLiteral("tags")).toArray()) {
        if (!t.toString().isEmpty()) {
            notes.tags << t.toString();
        }
    }
    notes.note = o.value(QStringLiteral("note")).toString();
    return notes;
}

bool RunNotes::write(const QString& runDir, QString* error) const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    o.insert(QStringLiteral("note"), note);
    const QByteArray bytes = QJsonDocument(o).toJson();
    QSaveFile file(pathOf(runDir));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(pathOf(runDir)), file.errorString());
        return false;
    }
    return true;
}

} // namespace aclwb::gui
