// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/datasetpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace at {

namespace {
struct PathText {
    Q_DECLARE_TR_FUNCTIONS(at::DatasetPaths)
};
} // namespace

bool isDatasetFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.compare(u"json", Qt::CaseInsensitive) == 0 ||
           suffix.compare(u"csv", Qt::CaseInsensitive) == 0;
}

QStringList csvTableFileNames()
{
    return {QStringLiteral("sources.csv"), QStringLiteral("entities.csv"), QStringLiteral("events.csv"),
            QStringLiteral("series.csv"), QStringLiteral("quotes.csv")};
}

QString datasetFileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty when the file does not exist
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

Expected<QStringList, QList<LoadError>> commandLineDatasetFiles(const QStringList &paths)
{
    const QStringList tables = csvTableFileNames();
    QStringList withSiblings;
    for (const QString &path : paths) {
        withSiblings << path;
        const QFileInfo info(path);
        if (!info.isFile() || !tables.contains(info.fileName(), Qt::CaseInsensitive))
            continue;
        // Siblings of any case (Events.csv beside Sources.csv, as some systems write them); the name in
        // lower case first where a folder has both.
        const QStringList present = info.absoluteDir().entryList(QDir::Files, QDir::Name);
        for (const QString &name : tables) {
            if (name.compare(info.fileName(), Qt::CaseInsensitive) == 0)
                continue;
            QString found = present.contains(name) ? name : QString();
            for (qsizetype i = 0; found.isEmpty() && i < present.size(); ++i) {
                if (present[i].compare(name, Qt::CaseInsensitive) == 0)
                    found = present[i];
            }
            if (!found.isEmpty())
                withSiblings << QDir(info.path()).filePath(found);
        }
    }
    return datasetFiles(withSiblings); // names each file once
}

Expected<QStringList, QList<LoadError>> datasetFiles(const QStringList &paths)
{
    QStringList files;
    QSet<QString> seen;
    QList<LoadError> errors;
    auto add = [&](const QString &file) {
        const QString key = datasetFileKey(file);
        if (!seen.contains(key)) {
            seen.insert(key);
            files << file;
        }
    };
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            add(path); // a missing file is the reader's to report, with the others
            continue;
        }
        const QDir folder(path);
        bool any = false;
        // Unreadable files too: the reader says which cannot be read, instead of a dataset without them.
        for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
            if (isDatasetFileName(name)) {
                add(folder.filePath(name));
                any = true;
            }
        }
        if (!any)
            errors.append(LoadError{path, QString(),
                                    PathText::tr("the folder has no dataset files (.json or .csv) in it")});
    }
    if (!errors.isEmpty())
        return Unexpected(errors);
    return files;
}

} // namespace at
