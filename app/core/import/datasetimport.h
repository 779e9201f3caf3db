// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"
#include "app/core/import/importlimit.h"
#include "app/core/loaderror.h"

#include <QString>
#include <QStringList>
#include <memory>

class QFile;

namespace at {
class ReadAhead;
}

namespace at {

struct LoadProgress;

// Whether an import adds to what is loaded or takes its place.
enum class ImportMode { Add, Replace };

struct ImportRequest {
    // Dataset files (.json, resources/README.md) and tables (.csv, resources/csv/README.md), in any mix;
    // what a file is follows from its extension, or its first character when it has neither.
    QStringList files;
    ImportMode mode = ImportMode::Add;
    std::shared_ptr<const Dataset> base; // what is loaded now; the import adds to it in Add mode
    ImportLimit sizeLimit; // a file over it is refused before it is read (ImportLimit::fromSettings)
    int maxErrors = 100;
};

// How many records of each kind an import brought in.
struct ImportCounts {
    qsizetype sources = 0, entities = 0, events = 0, series = 0, points = 0, markets = 0, quotes = 0;
};

struct ImportResult {
    std::shared_ptr<const Dataset> dataset; // the whole new dataset to show; null when anything failed
    QList<LoadError> errors;                // every problem, up to maxErrors, in GNU form
    int clashes = 0;                        // how many of the errors are ids that are loaded already
    bool cancelled = false;
    QString origin; // where the data came from, for the title bar: a file name or "3 files"
    ImportCounts added;
    bool ok() const { return dataset != nullptr; }
    // "Added 12 events and 3 entities from events.csv." for a status bar.
    QString summary() const;
};

// The files' absolute paths, sorted, one per line: the same files read again give the same text, whatever
// their order or the path they were named by (Document::identity).
QString importIdentity(const QStringList &files);

// Reads the files and combines them with the request's base. All or nothing: when any file has a problem
// or the import is cancelled, the result has no dataset. Runs on any thread; `progress` (may be null) is
// how a window follows and cancels it.
ImportResult runImport(const ImportRequest &request, LoadProgress *progress = nullptr);

// A file's bytes as the readers want them: refused before reading when it is a folder or over the limit;
// a UTF-16 file with a byte order mark is converted to UTF-8; anything else is passed on as it is (the
// readers say where it is not UTF-8). Large files are mapped rather than copied.
class ImportFile {
public:
    ImportFile(const QString &path, const ImportLimit &limit);
    ~ImportFile();
    ImportFile(const ImportFile &) = delete;
    ImportFile &operator=(const ImportFile &) = delete;

    const QString &path() const { return m_path; }
    QByteArrayView bytes() const { return m_view; }
    const QList<LoadError> &errors() const { return m_errors; }
    bool isJson() const { return m_json; }

private:
    QString m_path;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<ReadAhead> m_readAhead; // maps the file in while it is read; goes before the mapping
    QByteArray m_data;
    QByteArrayView m_view;
    QList<LoadError> m_errors;
    bool m_json = false;
};

} // namespace at
