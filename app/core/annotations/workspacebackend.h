// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"
#include "app/core/annotations/storeerror.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <optional>

namespace at {

// One change in a write: the annotation's new value, or its deletion, and what the row must still be for
// the write to go ahead (absent, or unchanged since it was read: same edited time), so that no write ever
// silently overwrites what another program or a colleague saved in between. Every write states it; there
// is no "whatever is there".
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

// Where a workspace's annotations are kept: a file on this machine (SqliteWorkspace) or a team's database
// server (PostgresWorkspace). A backend only reads and writes; the AnnotationStore in front of it keeps
// the list that the views show and changes it only after a write was committed.
class WorkspaceBackend : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // The file or the server and database (never a password), for the user.
    virtual QString location() const = 0;
    // A guess (file permissions, the role's rights as last seen); the write itself is the real test.
    virtual bool looksWritable() const = 0;

    // Every annotation, in order of creation.
    virtual Expected<QList<Annotation>, StoreError> readAll() = 0;
    // One transaction for all of `writes`; each change's condition is its expectation, and one that does
    // not hold refuses the whole transaction (Conflict or NotFound, saying who changed what when the
    // backend knows). Returns only once the change is durable (synced to disk, or committed by the server).
    virtual Expected<void, StoreError> write(const QList<AnnotationWrite> &writes) = 0;
    // Whether another program committed since the last readAll(), for a poll. Backends that are told
    // (PostgreSQL's notifications) emit changedElsewhere() instead and answer false.
    virtual bool changedSinceRead() { return false; }
    // A server is reached over a connection that can be lost; a file is always there.
    virtual bool isServer() const { return false; }
    // Whether the connection is up now (a file: always).
    virtual bool isConnected() const { return true; }

Q_SIGNALS:
    // Another program or a colleague committed a change: re-read.
    void changedElsewhere();
    // The connection was lost or came back (a server); a file is always connected.
    void connectionChanged(bool connected);
};

} // namespace at
