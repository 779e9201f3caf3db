// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"
#include "app/core/annotations/storeerror.h"
#include "app/core/annotations/workspacebackend.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <memory>
#include <optional>

namespace at {

class Dataset;
class SqliteWorkspace;

// The annotations of the open workspace, as the views show them, in front of the backend that keeps them
// (a workspace file, or a team's PostgreSQL database).
//
// Every write is one committed transaction before write() returns; only then does the in-memory list
// change and the signals fire, so whatever a view shows is saved. A failed write changes nothing here and
// says why; a conflict (another program or a colleague changed the same annotation) re-reads the list so
// that it shows what they saved.
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
    Expected<void, StoreError> open(const QString &path);   // an existing workspace; upgrades an older one
    Expected<void, StoreError> create(const QString &path); // a new, empty workspace, replacing the file
    Expected<void, StoreError> openOrCreate(const QString &path);
    // Copies the open workspace file to `path` atomically and continues there. Works even when the open
    // file was deleted, so that nothing saved is lost.
    Expected<void, StoreError> saveAs(const QString &path);
    // Continues with an opened backend (a team workspace) once its annotations were read; when they cannot
    // be, the current workspace stays open.
    Expected<void, StoreError> adopt(std::unique_ptr<WorkspaceBackend> backend);
    void close();

    bool isOpen() const { return m_backend != nullptr; }
    // The workspace file, or empty when none (or a server) is open.
    QString path() const;
    // The file or the server and database, for the user.
    QString location() const;
    WorkspaceBackend *backend() const { return m_backend.get(); }
    // A guess; the write itself is the real test.
    bool looksWritable() const;
    // A team workspace on a server (whose connection can be lost), and whether it is connected now.
    bool isServer() const { return m_backend && m_backend->isServer(); }
    bool isConnected() const { return m_backend && m_backend->isConnected(); }
    // How long a write waits for another program's lock on a workspace file.
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
    // changed (a Conflict or NotFound re-reads, so the list shows what another program saved).
    Expected<void, StoreError> write(const QList<AnnotationWrite> &writes);
    // Re-reads everything.
    Expected<void, StoreError> refresh();
    // Re-reads only when another program committed since the last read (a cheap poll). Returns true when it
    // re-read.
    bool refreshIfChanged();

    QDateTime lastSaved() const { return m_lastSaved; }
    // Why the last write failed, until one succeeds.
    const std::optional<StoreError> &lastError() const { return m_lastError; }
    // For a workspace file: PRAGMA integrity_check ("ok", or its findings one per line) and PRAGMA
    // synchronous (2 is FULL); empty and -1 otherwise.
    QString integrityCheck() const;
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
    // A write was committed.
    void saved(const QDateTime &when);
    // A write failed; nothing changed.
    void writeFailed(const at::StoreError &error);
    // Another workspace was opened (or created, saved as, closed). An empty location: none is open.
    void workspaceChanged(const QString &location);
    // Opening upgraded an older workspace file; a copy of it as it was is kept at `backupPath`.
    void upgraded(int fromVersion, const QString &backupPath);
    // The team workspace server's connection was lost (it is tried again by itself) or is back.
    void connectionChanged(bool connected);

private:
    SqliteWorkspace *file() const;
    void replaceList(QList<Annotation> list);
    void applyToList(const QList<AnnotationWrite> &writes);
    void applyMany(const QList<AnnotationWrite> &writes);
    void insertRow(const Annotation &a);
    void removeRow(int row);
    void rebuildRowIndex();

    std::unique_ptr<WorkspaceBackend> m_backend;
    QList<Annotation> m_annotations;
    QHash<QString, int> m_rowOf;
    int m_busyTimeoutMs = 2000;
    QDateTime m_lastSaved;
    std::optional<StoreError> m_lastError;
};

} // namespace at
