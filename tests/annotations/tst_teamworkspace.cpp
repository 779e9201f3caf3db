// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Team workspaces against a real PostgreSQL 15 server that the test starts itself: two clients see each
// other's writes live, conflicts are refused saying who changed what, undo after a colleague's edit is
// refused, a server restart or a killed connection loses nothing, a read-only role is refused clearly, and
// one database holds several workspaces.

#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/annotations/postgresworkspace.h"
#include "app/core/annotations/workspacelocation.h"
#include "tests/annotations/annotationtesthelpers.h"
#include "tests/support/teamserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace at;
using namespace at::testing;

namespace {

bool openTeam(AnnotationStore &store, const QString &uri)
{
    const auto opened = openWorkspaceLocation(store, uri);
    if (!opened)
        qWarning("%s", qPrintable(opened.error().text()));
    return bool(opened);
}

} // namespace

class TestTeamWorkspace : public QObject {
    Q_OBJECT

    TeamServer m_server;
    int m_database = 0;
    QString m_db; // a fresh database per test function

    QString uri(const QString &workspace = u"default"_s, const QString &user = u"postgres"_s) const
    {
        return m_server.uri(workspace, user, m_db);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void init()
    {
        m_db = u"team%1"_s.arg(++m_database);
        QVERIFY2(m_server.exec(u"CREATE DATABASE %1"_s.arg(m_db)), qPrintable(m_server.error()));
    }

    void addresses()
    {
        const auto l =
            TeamLocation::parse(u"postgresql://analyst@db.example.org:6543/timeline?workspace=telecom"
                                u"&sslmode=require"_s);
        QVERIFY(l);
        QCOMPARE(l->host, u"db.example.org"_s);
        QCOMPARE(l->port, 6543);
        QCOMPARE(l->user, u"analyst"_s);
        QCOMPARE(l->database, u"timeline"_s);
        QCOMPARE(l->workspace, u"telecom"_s);
        QCOMPARE(l->sslMode, u"require"_s);
        QCOMPARE(l->toUri(),
                 u"postgresql://analyst@db.example.org:6543/timeline?workspace=telecom&sslmode=require"_s);
        const auto defaults = TeamLocation::parse(u"postgresql://analyst@host/db"_s);
        QVERIFY(defaults);
        QCOMPARE(defaults->port, 5432);
        QCOMPARE(defaults->workspace, u"default"_s);
        QCOMPARE(defaults->sslMode, u"prefer"_s);
        const auto password = TeamLocation::parse(u"postgresql://analyst:secret@host/db"_s);
        QVERIFY(!password);
        QCOMPARE(
            password.error().message,
            u"“postgresql://analyst:secret@host/db” is not a team workspace address: a password is never "
            u"written into the address; put it in the PostgreSQL password file (~/.pgpass)"_s);
        const auto noDatabase = TeamLocation::parse(u"postgresql://analyst@host"_s);
        QVERIFY(!noDatabase);
        QVERIFY(noDatabase.error().message.endsWith(u"it names no database"_s));
        QVERIFY(!TeamLocation::parse(u"postgresql://analyst@host/db?sslmode=sometimes"_s));
        QVERIFY(TeamLocation::isTeamUri(u"postgres://h/d"_s));
        QVERIFY(!TeamLocation::isTeamUri(u"/home/me/work.atws"_s));
    }

    void twoClientsSeeEachOthersWritesLive()
    {
        AnnotationStore alice, bob;
        QVERIFY(openTeam(alice, uri()));
        QVERIFY(openTeam(bob, uri()));
        QCOMPARE(alice.location(), uri());
        QSignalSpy bobReset(&bob, &AnnotationStore::contentsChanged);
        Annotation a = sample(u"sina-msn-alliance"_s, u"第一条 <b>live</b>"_s);
        a.target = AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 12, 31));
        QVERIFY(alice.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)}));
        // Told by the server, not polled: within a second.
        QTRY_COMPARE_WITH_TIMEOUT(bob.count(), 1, 1000);
        QCOMPARE(bob.annotations(), QList<Annotation>{a});
        QVERIFY(bobReset.count() >= 1);
        // And back, a deletion too.
        QVERIFY(bob.write({AnnotationWrite::erase(a.id, a.edited)}));
        QTRY_COMPARE_WITH_TIMEOUT(alice.count(), 0, 1000);
        // A third client opening later reads what is there.
        AnnotationStore carol;
        QVERIFY(openTeam(carol, uri()));
        QCOMPARE(carol.count(), 0);
    }

    void conflictSaysWhoChangedWhat()
    {
        AnnotationStore aliceStore, bobStore;
        QVERIFY(openTeam(aliceStore, uri()));
        QVERIFY(openTeam(bobStore, uri()));
        QUndoStack aliceStack, bobStack;
        AnnotationEdits alice(&aliceStore, &aliceStack), bob(&bobStore, &bobStack);
        alice.setAuthor(u"alice"_s);
        bob.setAuthor(u"bob"_s);
        Annotation draft = alice.draft(AnnotationTarget::event(u"sina-msn-alliance"_s));
        draft.text = u"first"_s;
        QVERIFY(alice.add(draft));
        QTRY_COMPARE_WITH_TIMEOUT(bobStore.count(), 1, 1000);
        // Bob edits before Alice's next edit reaches... Alice's store (it has not re-read): hers is refused.
        QSignalSpy aliceChanged(&aliceStore, &AnnotationStore::contentsChanged);
        QVERIFY(bob.setText(draft.id, u"bob's reading"_s));
        const Annotation bobs = *bobStore.find(draft.id);
        // Alice does not wait for the notification: her store still has the old version.
        const QList<Annotation> before = aliceStore.annotations();
        Annotation mine = before.first();
        mine.text = u"alice's reading"_s;
        mine.edited = currentTime();
        const auto refused = aliceStore.write(
            {AnnotationWrite::put(mine, AnnotationWrite::Expect::Unchanged, before.first().edited)});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::Conflict);
        QCOMPARE(
            refused.error().message,
            u"bob changed this annotation at %1, after you read it; your change was not saved, so as not "
            u"to overwrite theirs. The list now shows their version."_s.arg(
                bobs.edited.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s)));
        QCOMPARE(aliceStore.find(draft.id)->text, u"bob's reading"_s);
        QCOMPARE(aliceStore.find(draft.id)->editedBy, u"bob"_s);
    }

    void undoAfterAColleaguesEditIsRefused()
    {
        AnnotationStore aliceStore, bobStore;
        QVERIFY(openTeam(aliceStore, uri()));
        QVERIFY(openTeam(bobStore, uri()));
        QUndoStack aliceStack, bobStack;
        AnnotationEdits alice(&aliceStore, &aliceStack), bob(&bobStore, &bobStack);
        alice.setAuthor(u"alice"_s);
        bob.setAuthor(u"bob"_s);
        Annotation draft = alice.draft(AnnotationTarget::period(QDate(2010, 9, 27), QDate(2010, 11, 21)));
        draft.text = u"3Q war"_s;
        QVERIFY(alice.add(draft));
        QVERIFY(alice.setRange(draft.id, QDate(2010, 9, 27), QDate(2010, 12, 31)));
        QTRY_COMPARE_WITH_TIMEOUT(bobStore.count(), 1, 1000);
        QVERIFY(bob.setText(draft.id, u"3Q war, extended"_s));
        QTRY_COMPARE_WITH_TIMEOUT(aliceStore.find(draft.id)->text, u"3Q war, extended"_s, 1000);
        // Alice's undo of her resize expects her version, which is gone: refused, and her stack stays.
        QSignalSpy failed(&aliceStore, &AnnotationStore::writeFailed);
        aliceStack.undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<StoreError>().code, StoreError::Code::Conflict);
        QCOMPARE(aliceStack.index(), 2);
        QCOMPARE(aliceStore.find(draft.id)->target.to, QDate(2010, 12, 31));
        QCOMPARE(aliceStore.find(draft.id)->text, u"3Q war, extended"_s);
    }

    void serverRestartLosesNothing()
    {
        AnnotationStore store;
        QVERIFY(openTeam(store, uri()));
        auto *backend = qobject_cast<PostgresWorkspace *>(store.backend());
        QVERIFY(backend);
        backend->setReconnectInterval(200);
        const Annotation first = sample(u"e1"_s, u"before the restart"_s, 1);
        QVERIFY(store.write({AnnotationWrite::put(first, AnnotationWrite::Expect::Absent)}));
        // Restarted while idle: the next write finds out, connects anew and saves.
        QVERIFY2(m_server.stopServer(), qPrintable(m_server.error()));
        QVERIFY2(m_server.startServer(), qPrintable(m_server.error()));
        const Annotation second = sample(u"e2"_s, u"after the restart"_s, 2);
        QVERIFY(store.write({AnnotationWrite::put(second, AnnotationWrite::Expect::Absent)}));
        // Stopped: "not saved", nothing in the list changes; back by itself once the server is.
        QSignalSpy connection(backend, &WorkspaceBackend::connectionChanged);
        QVERIFY2(m_server.stopServer(), qPrintable(m_server.error()));
        const Annotation third = sample(u"e3"_s, u"while it is down"_s, 3);
        const auto refused = store.write({AnnotationWrite::put(third, AnnotationWrite::Expect::Absent)});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::Io);
        QVERIFY2(refused.error().message.startsWith(
                     u"Not saved: the connection to the team workspace server "_s) ||
                     refused.error().message.startsWith(u"The team workspace server "_s),
                 qPrintable(refused.error().message));
        QCOMPARE(store.count(), 2);
        QVERIFY2(m_server.startServer(), qPrintable(m_server.error()));
        QTRY_VERIFY_WITH_TIMEOUT(backend->isConnected(), 5000);
        QVERIFY(store.write({AnnotationWrite::put(third, AnnotationWrite::Expect::Absent)}));
        AnnotationStore check;
        QVERIFY(openTeam(check, uri()));
        QCOMPARE(check.annotations(), (QList<Annotation>{first, second, third}));
    }

    void killedConnectionReconnects()
    {
        AnnotationStore store;
        QVERIFY(openTeam(store, uri()));
        QVERIFY(
            m_server.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                          u"'alliance-timeline' AND datname = '%1'"_s.arg(m_db)));
        const Annotation a = sample(u"e"_s, u"after pg_terminate_backend"_s);
        QVERIFY(store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)}));
        AnnotationStore check;
        QVERIFY(openTeam(check, uri()));
        QCOMPARE(check.annotations(), QList<Annotation>{a});
    }

    void readOnlyRoleIsRefusedClearly()
    {
        {
            AnnotationStore owner; // creates the tables
            QVERIFY(openTeam(owner, uri()));
            QVERIFY(owner.write(
                {AnnotationWrite::put(sample(u"e"_s, u"visible"_s), AnnotationWrite::Expect::Absent)}));
        }
        QVERIFY(
            m_server.exec(u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reader') THEN "
                          u"CREATE ROLE reader LOGIN; END IF; END $$"_s));
        QVERIFY(m_server.exec(u"GRANT SELECT ON at_schema, at_annotation TO reader"_s, m_db));
        AnnotationStore store;
        QVERIFY(openTeam(store, uri(u"default"_s, u"reader"_s)));
        QCOMPARE(store.count(), 1);
        QVERIFY(!store.looksWritable());
        const auto refused =
            store.write({AnnotationWrite::put(sample(u"e"_s, u"no"_s), AnnotationWrite::Expect::Absent)});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::ReadOnly);
        QCOMPARE(
            refused.error().message,
            u"Not saved: the role “reader” may only read the team workspace %1. Ask its administrator for "
            u"the rights to write (see the administrator's guide)."_s.arg(uri(u"default"_s, u"reader"_s)));
        QCOMPARE(store.count(), 1);
    }

    void oneDatabaseHoldsSeveralWorkspaces()
    {
        AnnotationStore telecom, search;
        QVERIFY(openTeam(telecom, uri(u"telecom"_s)));
        QVERIFY(openTeam(search, uri(u"search"_s)));
        QVERIFY(telecom.write(
            {AnnotationWrite::put(sample(u"e"_s, u"telecom"_s), AnnotationWrite::Expect::Absent)}));
        const Annotation s = sample(u"e"_s, u"search"_s, 1);
        QVERIFY(search.write({AnnotationWrite::put(s, AnnotationWrite::Expect::Absent)}));
        QTest::qWait(
            300); // a notification for the other workspace must not make it re-read into the wrong list
        QCOMPARE(telecom.count(), 1);
        QCOMPARE(search.annotations(), QList<Annotation>{s});
    }

    void newerSchemaIsRefused()
    {
        {
            AnnotationStore store;
            QVERIFY(openTeam(store, uri()));
        }
        QVERIFY(m_server.exec(u"UPDATE at_schema SET version = 99"_s, m_db));
        AnnotationStore store;
        const auto refused = openWorkspaceLocation(store, uri());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::NewerVersion);
        QCOMPARE(
            refused.error().message,
            u"The team workspace database %1 was set up by a newer version of Alliance Timeline (schema 99; "
            u"this version knows up to 1). It was not changed; use a newer version."_s.arg(uri()));
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
