// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The throw-away PostgreSQL server of the team tests does not outlive a test that dies: this program runs
// itself as a child that starts a server and aborts, then checks that the server stops and its folder goes.
#include "tests/support/teamserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>
#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace at::testing;

namespace {

// The child: starts a server, says where it is and which process runs it, and aborts (no destructor).
int startAndAbort()
{
    TeamServer server;
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error()));
        return 2;
    }
    QFile pidFile(server.socketDir() + QStringLiteral("/data/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 3;
    const QByteArray postmaster = pidFile.readLine().trimmed();
    std::printf("%s\n%s\n", qPrintable(server.socketDir()), postmaster.constData());
    std::fflush(stdout);
    std::abort();
}

bool running(pid_t pid)
{
    return ::kill(pid, 0) == 0;
}

} // namespace

class TestTeamServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aServerDoesNotOutliveATestThatAborts()
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--start-server-and-abort")});
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QStringList lines = QString::fromLocal8Bit(child.readAllStandardOutput()).split(u'\n');
        QVERIFY2(lines.size() >= 2, qPrintable(lines.join(u'|')));
        const QString folder = lines[0];
        const pid_t postmaster = pid_t(lines[1].toLongLong());
        QVERIFY2(folder.startsWith(QDir::tempPath()) && postmaster > 0, qPrintable(lines.join(u'|')));
        // The child is gone; its server and folder follow within seconds.
        QElapsedTimer clock;
        clock.start();
        while ((running(postmaster) || QFileInfo::exists(folder)) && clock.elapsed() < 30000)
            QTest::qWait(100);
        QVERIFY2(!running(postmaster), qPrintable(QStringLiteral("server %1 still runs").arg(postmaster)));
        QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder + QStringLiteral(" is still there")));
    }
};

int main(int argc, char **argv)
{
    if (argc == 2 && qstrcmp(argv[1], "--start-server-and-abort") == 0) {
        QCoreApplication app(argc, argv);
        return startAndAbort();
    }
    QCoreApplication app(argc, argv);
    TestTeamServer test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamserver.moc"
