// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Kill -9 at random moments while a writer saves annotations: every annotation whose save was acknowledged
// is there afterwards, with at least the acknowledged text, and the file passes PRAGMA integrity_check.
// AT_KILL_RUNS sets the number of kills (default 50); AT_KILL_SEED repeats a run.

#include "app/core/annotations/annotationstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace at;

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

private Q_SLOTS:
    void killedWriterLosesNothing()
    {
        const int runs =
            qEnvironmentVariableIsSet("AT_KILL_RUNS") ? qEnvironmentVariableIntValue("AT_KILL_RUNS") : 50;
        const quint32 seed = qEnvironmentVariableIsSet("AT_KILL_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("AT_KILL_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("%d kills, AT_KILL_SEED=%u", runs, seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString workspace = dir.filePath(u"crash.atws"_s);
        const QString writer = QCoreApplication::applicationDirPath() + u"/annotation_writer"_s;
        QVERIFY2(QFileInfo::exists(writer), qPrintable(writer));

        QHash<QString, Expected> expected;
        int acknowledged = 0;
        int killedMidWrite = 0;
        int hotJournals = 0;
        QElapsedTimer clock;
        clock.start();
        for (int run = 0; run < runs; ++run) {
            QProcess p;
            p.setProgram(writer);
            p.setArguments({workspace, QString::number(random.generate())});
            p.start();
            QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
            // Half the kills land early (start-up, opening, recovering a hot journal), half in the loop.
            const int delay = random.bounded(2) ? int(random.bounded(40)) : int(random.bounded(40, 250));
            QThread::msleep(ulong(delay));
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(10000));
            if (p.exitStatus() != QProcess::CrashExit) {
                QFAIL(qPrintable(u"run %1: the writer exited by itself (%2): %3"_s.arg(run)
                                     .arg(p.exitCode())
                                     .arg(QString::fromLocal8Bit(p.readAllStandardError()))));
            }
            const QByteArray out = p.readAllStandardOutput();
            const QList<QByteArray> lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
            if (!out.endsWith('\n') && !out.isEmpty())
                ++killedMidWrite;
            for (const QByteArray &raw : lines) {
                const QStringList f = QString::fromUtf8(raw).split(u' ');
                if (f.size() < 2)
                    continue;
                Expected &e = expected[f[1]];
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
            if (QFileInfo::exists(workspace + u"-journal"_s))
                ++hotJournals; // killed inside a transaction: the open below must roll it back
            // Opening rolls back a hot journal and runs the integrity check; then compare.
            AnnotationStore store;
            const auto opened = store.open(workspace);
            if (!opened && opened.error().code == StoreError::Code::Missing && acknowledged == 0)
                continue; // killed before the workspace was first created
            QVERIFY2(opened,
                     qPrintable(u"run %1: %2"_s.arg(run).arg(opened ? QString() : opened.error().text())));
            QCOMPARE(store.integrityCheck(), u"ok"_s);
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
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
                QVERIFY2(
                    version >= e.ackedVersion && version <= e.attemptedVersion,
                    qPrintable(u"run %1: %2 has text version %3, acknowledged %4, attempted %5"_s.arg(run)
                                   .arg(it.key())
                                   .arg(version)
                                   .arg(e.ackedVersion)
                                   .arg(e.attemptedVersion)));
            }
        }
        qInfo("%d kills in %lld ms: %d acknowledged changes checked, %d kills cut a line of output, "
              "integrity ok "
              "every time",
              runs, clock.elapsed(), acknowledged, killedMidWrite);
        QVERIFY(acknowledged > 0);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationCrash)
#include "tst_annotationcrash.moc"
