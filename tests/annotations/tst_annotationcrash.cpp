// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Kill -9 at random moments while a writer saves annotations: every annotation whose save was acknowledged
// is there afterwards, with at least the acknowledged text; a workspace file passes PRAGMA integrity_check.
// The same against a team workspace on a PostgreSQL 15 server that the test starts itself; and 20 writer
// processes at once on one team workspace, 500 changes each, lose nothing (every row counted).
// AT_KILL_RUNS sets the number of kills (default 50 on a file, 20 on the server); AT_KILL_SEED repeats a run.

#include "app/core/annotations/annotationstore.h"
#include "app/core/annotations/postgresworkspace.h"
#include "app/core/annotations/workspacelocation.h"
#include "tests/support/teamserver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace Qt::StringLiterals;
using namespace at;
using namespace at::testing;

class TestAnnotationCrash : public QObject {
    Q_OBJECT

    // What the writer told us, over all runs.
    struct Expected {
        bool added = false;       // acknowledged
        bool deleting = false;    // a delete was started (it may or may not have committed)
        bool deleted = false;     // acknowledged
        int ackedVersion = 1;     // the newest acknowledged text version
        int attemptedVersion = 1; // the newest version a save was started for
    };
    using Ledger = QHash<QString, Expected>;

    std::unique_ptr<TeamServer> m_server;

    static QString writerPath() { return QCoreApplication::applicationDirPath() + u"/annotation_writer"_s; }

    // Reads what a writer printed into the ledger; returns the number of acknowledged changes.
    static int record(const QByteArray &out, Ledger &ledger)
    {
        int acknowledged = 0;
        const QList<QByteArray> lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
        for (const QByteArray &raw : lines) {
            const QStringList f = QString::fromUtf8(raw).split(u' ');
            if (f.size() < 2)
                continue;
            Expected &e = ledger[f[1]];
            if (f[0] == u"add") {
                e.added = true;
                ++acknowledged;
            } else if (f[0] == u"edit?") {
                e.attemptedVersion = qMax(e.attemptedVersion, f[2].toInt());
            } else if (f[0] == u"edit") {
                e.ackedVersion = qMax(e.ackedVersion, f[2].toInt());
                ++acknowledged;
            } else if (f[0] == u"delete?") {
                e.deleting = true;
            } else if (f[0] == u"delete") {
                e.deleted = true;
                ++acknowledged;
            }
        }
        return acknowledged;
    }

    // Every acknowledged change is in the workspace.
    static void compare(const AnnotationStore &store, const Ledger &ledger, int run)
    {
        for (auto it = ledger.cbegin(); it != ledger.cend(); ++it) {
            const Expected &e = it.value();
            const Annotation *a = store.find(it.key());
            if (e.deleted) {
                QVERIFY2(!a, qPrintable(u"run %1: %2 was deleted but is back"_s.arg(run).arg(it.key())));
                continue;
            }
            if (!e.added && !a)
                continue; // an edit of an annotation from an unacknowledged add, or a lost one
            if (!a) {
                QVERIFY2(e.deleting,
                         qPrintable(u"run %1: acknowledged %2 is missing"_s.arg(run).arg(it.key())));
                continue;
            }
            const int version = a->text.section(u' ', 0, 0).mid(1).toInt();
            QVERIFY2(version >= e.ackedVersion && version <= e.attemptedVersion,
                     qPrintable(u"run %1: %2 has text version %3, acknowledged %4, attempted %5"_s.arg(run)
                                    .arg(it.key())
                                    .arg(version)
                                    .arg(e.ackedVersion)
                                    .arg(e.attemptedVersion)));
        }
    }

    // Kills a writer on `workspace` `runs` times, each after a random delay below maxDelayMs, and checks the
    // workspace after each kill.
    void killRepeatedly(const QString &workspace, int runs, int maxDelayMs)
    {
        const quint32 seed = qEnvironmentVariableIsSet("AT_KILL_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("AT_KILL_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("%d kills, AT_KILL_SEED=%u", runs, seed);
        QRandomGenerator random(seed);
        QVERIFY2(QFileInfo::exists(writerPath()), qPrintable(writerPath()));
        const bool team = TeamLocation::isTeamUri(workspace);

        Ledger expected;
        int acknowledged = 0;
        int killedMidWrite = 0;
        QElapsedTimer clock;
        clock.start();
        for (int run = 0; run < runs; ++run) {
            QProcess p;
            p.setProgram(writerPath());
            p.setArguments({workspace, QString::number(random.generate())});
            p.start();
            QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
            // Half the kills land early (start-up, opening, recovering a hot journal), half in the loop.
            const int delay =
                random.bounded(2) ? int(random.bounded(40)) : int(random.bounded(40, maxDelayMs));
            QThread::msleep(ulong(delay));
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(10000));
            if (p.exitStatus() != QProcess::CrashExit) {
                QFAIL(qPrintable(u"run %1: the writer exited by itself (%2): %3"_s.arg(run)
                                     .arg(p.exitCode())
                                     .arg(QString::fromLocal8Bit(p.readAllStandardError()))));
            }
            const QByteArray out = p.readAllStandardOutput();
            if (!out.endsWith('\n') && !out.isEmpty())
                ++killedMidWrite;
            acknowledged += record(out, expected);
            // A file: opening rolls back a hot journal and runs the integrity check. A server: the killed
            // client's open transaction was rolled back by the server.
            AnnotationStore store;
            const auto opened = openWorkspaceLocation(store, workspace);
            if (!opened && opened.error().code == StoreError::Code::Missing && acknowledged == 0)
                continue; // killed before the workspace was first created
            QVERIFY2(opened,
                     qPrintable(u"run %1: %2"_s.arg(run).arg(opened ? QString() : opened.error().text())));
            if (!team)
                QCOMPARE(store.integrityCheck(), u"ok"_s);
            compare(store, expected, run);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d kills in %lld ms: %d acknowledged changes checked, %d kills cut a line of output", runs,
              clock.elapsed(), acknowledged, killedMidWrite);
        QVERIFY(acknowledged > 0);
    }

    QString teamWorkspace(const QString &database)
    {
        if (!m_server) {
            m_server = std::make_unique<TeamServer>();
            if (!m_server->start())
                return QString();
        }
        if (!m_server->exec(u"CREATE DATABASE %1"_s.arg(database)))
            return QString();
        return m_server->uri(u"crash"_s, u"postgres"_s, database);
    }

private Q_SLOTS:
    void killedWriterLosesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        killRepeatedly(
            dir.filePath(u"crash.atws"_s),
            qEnvironmentVariableIsSet("AT_KILL_RUNS") ? qEnvironmentVariableIntValue("AT_KILL_RUNS") : 50,
            250);
    }

    void killedTeamWriterLosesNothing()
    {
        const QString workspace = teamWorkspace(u"killed"_s);
        QVERIFY2(!workspace.isEmpty(), qPrintable(m_server->error()));
        // Connecting takes longer than opening a file: the kills spread over a longer time.
        killRepeatedly(
            workspace,
            qEnvironmentVariableIsSet("AT_KILL_RUNS") ? qEnvironmentVariableIntValue("AT_KILL_RUNS") : 20,
            600);
    }

    void twentyWritersAtOnceLoseNothing()
    {
        constexpr int writers = 20;
        constexpr int changes = 500;
        const QString workspace = teamWorkspace(u"concurrent"_s);
        QVERIFY2(!workspace.isEmpty(), qPrintable(m_server->error()));
        {
            AnnotationStore schema; // created once, before the writers race to open it
            QVERIFY(openWorkspaceLocation(schema, workspace));
        }
        QElapsedTimer clock;
        clock.start();
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < writers; ++i) {
            auto p = std::make_unique<QProcess>();
            p->start(writerPath(),
                     {workspace, QString::number(1000 + i), QString::number(changes), u"writer%1"_s.arg(i)});
            QVERIFY2(p->waitForStarted(), qPrintable(p->errorString()));
            processes.push_back(std::move(p));
        }
        Ledger expected;
        int acknowledged = 0;
        int adds = 0;
        for (int i = 0; i < writers; ++i) {
            QProcess &p = *processes[size_t(i)];
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(
                p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                qPrintable(u"writer %1: %2"_s.arg(i).arg(QString::fromLocal8Bit(p.readAllStandardError()))));
            const QByteArray out = p.readAllStandardOutput();
            adds += int(out.count("\nadd ")) + int(out.startsWith("add "));
            acknowledged += record(out, expected);
        }
        qInfo("%d writers x %d changes in %lld ms", writers, changes, clock.elapsed());
        QCOMPARE(acknowledged, writers * changes);
        AnnotationStore store;
        QVERIFY(openWorkspaceLocation(store, workspace));
        // Exactly one row per acknowledged add, each at exactly its last acknowledged version.
        QCOMPARE(store.count(), adds);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const Annotation *a = store.find(it.key());
            QVERIFY2(a, qPrintable(it.key()));
            QCOMPARE(a->text.section(u' ', 0, 0).mid(1).toInt(), it->ackedVersion);
        }
        QHash<QString, int> byWriter;
        for (const Annotation &a : store.annotations())
            ++byWriter[a.author];
        QCOMPARE(byWriter.size(), writers);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationCrash)
#include "tst_annotationcrash.moc"
