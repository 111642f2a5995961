// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace aclwb::gui {

/// What a user says about a run: a display name, tags and a note, kept in the run folder as notes.json (the run's
/// own files are never touched, so renaming a sweep point never breaks its sweep).
struct RunNotes {
    QString name;
    QStringList tags;
    QString note;

    bool isEmpty() const { return name.isEmpty() && tags.isEmpty() && note.isEmpty(); }
    /// Reads runDir/notes.json; empty notes when there is none. A corrupt file reads as empty, with `error` set.
    static RunNotes read(const QString& runDir, QString* error = nullptr);
    /// Writes runDir/notes.json atomically; false with `error` naming the file.
    bool write(const QString& runDir, QString* error) const;
};

} // namespace aclwb::gui
