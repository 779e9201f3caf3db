// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"
#include "app/core/annotations/sqlconnection.h"
#include "app/core/annotations/storeerror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <optional>

namespace at {

class Dataset;

// One change in a write: the annotation's new value, or its deletion, and what the row on disk must still
// be for the write to go ahead (absent, or unchanged since it was read: same edited time), so that no
// write ever silently overwrites what another program (a second window on the same workspace) saved in
// between. Every write states it; there is no "whatever is there".
struct AnnotationWrite {
    enum class Expect : quint8 { Absent, Unchanged };
    QString id;
    std::optional<Annotation> value; // nullopt: delete
    Expect expect = Expect::Absent;
    QDateTime expectedEdited; // for Unchanged: the edited time as last read

    static AnnotationWrite put(const Annotation &a, Expect expect, const QDateTime &edited = {})
    {
        return {a.id, a, expect, edited};
    }
    static AnnotationWrite erase(const QString &id, const QDateTime &edited)
    {
        return {id, std::nullopt, Expect::Unchanged, edited};
    }
    // The write that makes the row `state` (nullopt: gone) where it now is `current` (nullopt: absent).
    static AnnotationWrite replace(const QString &id, const std::optional<Annotation> &current,
                                   const std::optional<Annotation> &state);
};

// The annotations of one workspace file (SQLite through Qt SQL) and their saved state.
//
// Every write is one transaction committed with synchronous=FULL before write() returns; only then does
// the in-memory list change and the signals fire, so whatever a view shows is on disk. A failed write
// changes nothing here and says why. The file uses SQLite's rollback journal (not WAL) so that a workspace
// on a read-only medium or a network folder still opens, and two programs on one file take turns through
// SQLite's locks; a lock held longer than busyTimeout() is reported as Busy.
class AnnotationStore : public QObject {
    Q_OBJECT
public:
    explicit AnnotationStore(QObject *parent = nullptr);
    ~AnnotationStore() override;

    // The workspace that opens by itself: "workspace.atws" in QStandardPaths::AppDataLocation.
    static QString defaultWorkspacePath();
    static QString fileSuffix() { return QStringLiteral("atws"); }

    // Opening: a refused file is left untouched (byte for byte) and the current workspace stays open.
    Expected<void, StoreError> openDefault();               // creates it when missing
    Expected<void, StoreError> open(const QString &path);   // an existing workspace; migrates an older one
    Expected<void, StoreError> create(const QString &path); // a new, empty workspace, replacing the file
    Expected<void, StoreError> openOrCreate(const QString &path);
    // Copies the open workspace to `path` atomically and continues there. Works even when the open file
    // was deleted, so that nothing saved is lost.
    Expected<void, StoreError> saveAs(const QString &path);
    void close();

    bool isOpen() const { return m_connection.isOpen(); }
    QString path() const { return m_path; }
    // A guess from the file's permissions; the write itself is the real test.
    bool looksWritable() const;
    void setBusyTimeout(int ms);
    int busyTimeout() const { return m_busyTimeoutMs; }

    // The saved annotations, in order of creation.
    const QList<Annotation> &annotations() const { return m_annotations; }
    int count() const { return int(m_annotations.size()); }
    int indexOf(const QString &id) const { return m_rowOf.value(id, -1); }
    const Annotation *find(const QString &id) const;
    QList<Annotation> annotationsFor(const AnnotationTarget &target) const;
    // Event index in `d` -> number of annotations on it, for the timeline's badges.
    QHash<int, int> annotationCountsByEvent(const Dataset &d) const;
    QStringList tags() const;    // every tag in use, sorted
    QStringList authors() const; // every author, sorted

    // One transaction for all of `writes`. On success the list and the signals follow; on failure nothing
    // changed (a Conflict or NotFound re-reads the file, so the list shows what another program saved).
    Expected<void, StoreError> write(const QList<AnnotationWrite> &writes);
    // Re-reads everything from the file.
    Expected<void, StoreError> refresh();
    // Re-reads only when another connection committed since the last read (PRAGMA data_version). Cheap
    // enough for a timer. Returns true when it re-read.
    bool refreshIfChanged();

    QDateTime lastSaved() const { return m_lastSaved; }
    // Why the last write failed, until one succeeds.
    const std::optional<StoreError> &lastError() const { return m_lastError; }
    // PRAGMA integrity_check: "ok", or its findings one per line.
    QString integrityCheck() const;
    // PRAGMA synchronous of the open connection (2 is FULL).
    int synchronousMode() const;

Q_SIGNALS:
    // Like a model's: rows of annotations() about to change and changed.
    void aboutToInsert(int row);
    void inserted(int row);
    void aboutToRemove(int row);
    void removed(int row);
    void changed(int row);
    void aboutToReset();
    void reset();
    // After any of the above: recount badges, refill filters.
    void contentsChanged();
    // A write was committed to disk.
    void saved(const QDateTime &when);
    // A write failed; nothing changed.
    void writeFailed(const at::StoreError &error);
    // Another workspace was opened (or created, saved as, closed). An empty path: none is open.
    void workspaceChanged(const QString &path);

private:
    struct Loaded {
        SqlConnection connection;
        QList<Annotation> annotations;
        qint64 dataVersion = 0;
    };
    Expected<Loaded, StoreError> load(const QString &path) const;
    Expected<void, StoreError> readAll(const SqlConnection &connection, Loaded *into) const;
    void adopt(const QString &path, Loaded &&loaded, bool announce);
    Expected<void, StoreError> reopen();
    Unexpected<StoreError> fail(StoreError error);
    StoreError explainMiss(const AnnotationWrite &w) const;
    void applyToList(const QList<AnnotationWrite> &writes);
    void applyMany(const QList<AnnotationWrite> &writes);
    void insertRow(const Annotation &a);
    void removeRow(int row);
    void rebuildRowIndex();

    SqlConnection m_connection;
    QString m_path;
    QList<Annotation> m_annotations;
    QHash<QString, int> m_rowOf;
    qint64 m_dataVersion = 0;
    int m_busyTimeoutMs = 2000;
    bool m_needsReopen = false;
    QDateTime m_lastSaved;
    std::optional<StoreError> m_lastError;
};

} // namespace at
