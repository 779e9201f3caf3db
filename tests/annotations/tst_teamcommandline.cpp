// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// A team workspace named on the command line, against a PostgreSQL 15 server that the test starts itself,
// whose role needs a password: `--export … --workspace postgresql://…` draws the workspace's annotations
// when libpq finds the password (PGPASSFILE), and without one fails in one line that says where to put it,
// writing nothing; the window asks for it, as File > Open Team Workspace does, and stores it nowhere.

#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/annotations/workspacelocation.h"
#include "app/core/settings.h"
#include "tests/annotations/annotationtesthelpers.h"
#include "tests/export/svgtexts.h"
#include "tests/support/modaldriver.h"
#include "tests/support/teamserver.h"
#include "ui/application/application.h"
#include "ui/mainwindow/mainwindow.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace at;
using namespace at::testing;

namespace {
const QString role = u"analyst"_s;
const QString password = u"Pw-91c2-only-in-pgpass"_s;
} // namespace

class TestTeamCommandLine : public QObject {
    Q_OBJECT

    TeamServer m_server;
    QTemporaryDir m_dir;

    QString uri() const { return m_server.uri(u"telecom"_s, role, u"team"_s); }
    QString passwordFile() const { return m_dir.filePath(u"pgpass"_s); }
    QString noPasswordFile() const { return m_dir.filePath(u"no-such-pgpass"_s); }

    struct Run {
        int exitCode = -1;
        QString err;
    };
    // The program as a script runs it: no display, a home and settings of its own, and libpq's password
    // file `pgpass` (PGPASSFILE).
    Run run(const QStringList &args, const QString &pgpass) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL",
                                 "PGPASSWORD", "PGSERVICE"})
            env.remove(QLatin1StringView(name));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"HOME"_s, m_dir.path()); // so that no ~/.pgpass of the machine's answers
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"PGPASSFILE"_s, pgpass);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(AT_APP_BINARY), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY2(m_server.addPasswordRole(role, password), qPrintable(m_server.error()));
        QVERIFY2(m_server.exec(u"CREATE DATABASE team OWNER %1"_s.arg(role)), qPrintable(m_server.error()));
        QVERIFY(writeBytes(passwordFile(), u"*:*:*:%1:%2\n"_s.arg(role, password).toUtf8()));
        QVERIFY(QFile::setPermissions(passwordFile(), QFile::ReadOwner | QFile::WriteOwner));
        qputenv("HOME", QFile::encodeName(m_dir.path()));
        qunsetenv("PGPASSWORD");

        // The team's annotations: a span on Weibo's lane, and a period.
        qputenv("PGPASSFILE", QFile::encodeName(passwordFile()));
        AnnotationStore store;
        QUndoStack stack;
        AnnotationEdits edits(&store, &stack);
        edits.setAuthor(u"li.wei"_s);
        const auto opened = openWorkspaceLocation(store, uri());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
        Annotation span =
            edits.draft(AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 12, 31)));
        span.text = u"Weibo's telecom push"_s;
        span.tags = {u"telecom"_s};
        QVERIFY(edits.add(span));
        Annotation period = edits.draft(AnnotationTarget::period(QDate(2010, 9, 27), QDate(2010, 11, 21)));
        period.text = u"The QQ and 360 fight"_s;
        QVERIFY(edits.add(period));
        qputenv("PGPASSFILE", QFile::encodeName(noPasswordFile()));
    }

    void exportDrawsTheTeamWorkspacesAnnotations()
    {
        const QString out = m_dir.filePath(u"team.svg"_s);
        Run r = run({u"--export"_s, u"timeline"_s, u"--out"_s, out, u"--workspace"_s, uri()}, passwordFile());
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QStringList texts = svgTexts(out);
        QVERIFY(texts.contains(u"Weibo's telecom push — li.wei, telecom"_s));
        QVERIFY(texts.contains(u"The QQ and 360 fight — li.wei"_s));

        // A tag picks among them, as with a workspace file.
        r = run({u"--export"_s, u"timeline"_s, u"--out"_s, out, u"--workspace"_s, uri(), u"--annotations"_s,
                 u"tag:telecom"_s},
                passwordFile());
        QCOMPARE(r.exitCode, 0);
        texts = svgTexts(out);
        QVERIFY(texts.contains(u"Weibo's telecom push — li.wei, telecom"_s));
        QVERIFY(!texts.contains(u"The QQ and 360 fight — li.wei"_s));
    }

    // Nobody is there to type it: one line that names the password file, exit 1, no picture.
    void exportWithoutThePasswordSaysWhereToPutIt()
    {
        const QString out = m_dir.filePath(u"refused.svg"_s);
        const Run r =
            run({u"--export"_s, u"timeline"_s, u"--out"_s, out, u"--workspace"_s, uri()}, noPasswordFile());
        QCOMPARE(r.err,
                 u"alliance-timeline: --workspace: error: The team workspace server %1 asks for the password "
                 u"of the role “analyst”. An export cannot ask for it: put it in the PostgreSQL password "
                 u"file, ~/.pgpass or the file that PGPASSFILE names.\n"_s.arg(uri()));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(out));
    }

    // The window started with the address: it asks, hidden as typed, opens the workspace with the answer,
    // and the settings hold the address only.
    void windowAsksForThePassword()
    {
        const QString ini = m_dir.filePath(u"window.ini"_s);
        AppSession session(std::make_unique<Settings>(ini));
        QVERIFY(session.start(uri()));
        QCOMPARE(session.workspaceNeedingPassword(), uri());
        QCOMPARE(session.workspaceError(), QString());
        QVERIFY(!session.annotations().isOpen());
        session.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(session.window()));

        QString prompt;
        QLineEdit::EchoMode echo = QLineEdit::Normal;
        {
            ModalDriver driver({[&](QWidget *w) {
                auto *ask = qobject_cast<QInputDialog *>(w);
                QVERIFY(ask);
                prompt = ask->labelText();
                echo = ask->textEchoMode();
                ask->setTextValue(password);
                ask->accept();
            }});
            session.askForWorkspacePassword();
            QVERIFY(driver.done());
        }
        // The address's "&" doubled, so that the label (the line edit's buddy) shows it, not a shortcut key.
        QCOMPARE(prompt, u"The team workspace server %1 asks for the password of the role “analyst”.\n"
                         u"It is used for this connection only and never saved."_s.arg(
                             QString(uri()).replace(u"&"_s, u"&&"_s)));
        QCOMPARE(echo, QLineEdit::Password);
        QCOMPARE(session.annotations().location(), uri());
        QCOMPARE(session.annotations().count(), 2);
        QCOMPARE(session.workspaceNeedingPassword(), QString());

        session.window()->close(); // writes the settings
        session.settings().sync();
        QCOMPARE(QSettings(ini, QSettings::IniFormat).value(u"workspaces/recent"_s).toStringList(),
                 QStringList{uri()});
        QVERIFY(!fileBytes(ini).isEmpty());
        QVERIFY(!fileBytes(ini).contains(password.toUtf8()));
    }

    // With the password in libpq's file the window opens the workspace at once, asking nothing.
    void windowWithThePasswordFileAsksNothing()
    {
        qputenv("PGPASSFILE", QFile::encodeName(passwordFile()));
        AppSession session(std::make_unique<Settings>(m_dir.filePath(u"file.ini"_s)));
        QVERIFY(session.start(uri()));
        qputenv("PGPASSFILE", QFile::encodeName(noPasswordFile()));
        QCOMPARE(session.workspaceNeedingPassword(), QString());
        QCOMPARE(session.workspaceError(), QString());
        QCOMPARE(session.annotations().location(), uri());
        QCOMPARE(session.annotations().count(), 2);
    }
};

QTEST_MAIN(TestTeamCommandLine)
#include "tst_teamcommandline.moc"
