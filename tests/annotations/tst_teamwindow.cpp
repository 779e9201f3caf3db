// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Team workspaces from the window, against a PostgreSQL 15 server that the test starts itself: the Open Team
// Workspace dialog builds the exact address and refuses bad fields with exact messages; the password comes
// from libpq's password file or a hidden prompt, a wrong one is refused with the server's words while the
// old workspace stays open, and the settings never hold it; a colleague's change refuses the editor's save
// and offers Keep Mine or Take Theirs; the status bar's indicator follows the connection.

#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/annotations/postgresworkspace.h"
#include "app/core/annotations/workspacelocation.h"
#include "app/core/settings.h"
#include "tests/annotations/annotationtesthelpers.h"
#include "tests/support/modaldriver.h"
#include "tests/support/teamserver.h"
#include "ui/annotations/annotationeditor.h"
#include "ui/annotations/connectionindicator.h"
#include "ui/annotations/teamworkspacedialog.h"
#include "ui/annotations/workspaceactions.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>

using namespace Qt::StringLiterals;
using namespace at;
using namespace at::testing;

namespace {

const QString secretRole = u"secret"_s;
const QString secretPassword = u"Pw-7f3e-never-stored"_s;

} // namespace

// Alice, with the editor open on her annotation, and Bob, on one team workspace; both have seen it.
struct Colleagues {
    AnnotationStore aliceStore, bobStore;
    QUndoStack aliceStack, bobStack;
    AnnotationEdits alice{&aliceStore, &aliceStack}, bob{&bobStore, &bobStack};
    AnnotationEditor editor{&alice, nullptr};
    QString id;

    bool start(const QString &uri)
    {
        if (!openWorkspaceLocation(aliceStore, uri) || !openWorkspaceLocation(bobStore, uri))
            return false;
        alice.setAuthor(u"alice"_s);
        bob.setAuthor(u"bob"_s);
        const AnnotationTarget target = AnnotationTarget::event(u"sina-msn-alliance"_s);
        Annotation draft = alice.draft(target);
        draft.text = u"first"_s;
        id = draft.id;
        return alice.add(draft) && editor.setTarget(target) && editor.currentId() == id &&
               QTest::qWaitFor([this] { return bobStore.count() == 1; }, 1000);
    }
};

class TestTeamWindow : public QObject {
    Q_OBJECT

    TeamServer m_server;
    QTemporaryDir m_dir;
    int m_database = 0;
    QString m_db;

    QString uri(const QString &user = u"postgres"_s) const { return m_server.uri(u"default"_s, user, m_db); }

    // A password file of the test's own (or none), so that the user's ~/.pgpass never answers.
    void usePasswordFile(const QString &line)
    {
        const QString path = m_dir.filePath(u"pgpass"_s);
        QFile::remove(path);
        if (!line.isEmpty()) {
            QVERIFY(writeBytes(path, line.toUtf8() + '\n'));
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        }
        qputenv("PGPASSFILE", QFile::encodeName(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY2(m_server.addPasswordRole(secretRole, secretPassword), qPrintable(m_server.error()));
        usePasswordFile({});
    }

    void init()
    {
        m_db = u"window%1"_s.arg(++m_database);
        QVERIFY2(m_server.exec(u"CREATE DATABASE %1 OWNER %2"_s.arg(m_db, secretRole)),
                 qPrintable(m_server.error()));
    }

    void dialogBuildsTheAddress()
    {
        TeamWorkspaceDialog dialog;
        dialog.hostEdit()->setText(u" db.example.org "_s);
        dialog.portBox()->setValue(6543);
        dialog.databaseEdit()->setText(u"timeline"_s);
        dialog.userEdit()->setText(u"alice"_s);
        dialog.workspaceEdit()->setText(u"telecom"_s);
        dialog.sslModeBox()->setCurrentIndex(dialog.sslModeBox()->findData(u"require"_s));
        const auto l = dialog.location();
        QVERIFY(l);
        const QString address =
            u"postgresql://alice@db.example.org:6543/timeline?workspace=telecom&sslmode=require"_s;
        QCOMPARE(l->toUri(), address);
        QCOMPARE(dialog.addressText(), address);
        // The defaults, and a local server's socket folder.
        dialog.hostEdit()->setText(u"/var/run/postgresql"_s);
        dialog.portBox()->setValue(5432);
        dialog.workspaceEdit()->setText(u"default"_s);
        dialog.sslModeBox()->setCurrentIndex(dialog.sslModeBox()->findData(u"prefer"_s));
        QCOMPARE(dialog.addressText(),
                 u"postgresql://alice@localhost/timeline?host=/var/run/postgresql&workspace=default"_s);
        // What the address says fills the fields again.
        TeamWorkspaceDialog again;
        again.setLocation(*TeamLocation::parse(address));
        QCOMPARE(again.addressText(), address);
        QCOMPARE(again.portBox()->value(), 6543);
    }

    void dialogRefusesBadFields_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("message");
        QTest::newRow("no host")
            << u"  "_s << u"db"_s << u"alice"_s << u"w"_s
            << u"Enter the server: its host name or address, or the folder of its socket."_s;
        QTest::newRow("space in host") << u"db example.org"_s << u"db"_s << u"alice"_s << u"w"_s
                                       << u"“db example.org” is not a host name or address."_s;
        QTest::newRow("not a host") << u"db@example.org"_s << u"db"_s << u"alice"_s << u"w"_s
                                    << u"“db@example.org” is not a host name or address."_s;
        QTest::newRow("no database") << u"h"_s << u""_s << u"alice"_s << u"w"_s
                                     << u"Enter the name of the database."_s;
        QTest::newRow("slash in database")
            << u"h"_s << u"a/b"_s << u"alice"_s << u"w"_s << u"A database name cannot contain “/”."_s;
        QTest::newRow("no role") << u"h"_s << u"db"_s << u""_s << u"w"_s
                                 << u"Enter the role (user name) to connect as."_s;
        QTest::newRow("no workspace") << u"h"_s << u"db"_s << u"alice"_s << u" "_s
                                      << u"Enter the name of the workspace in that database."_s;
    }

    void dialogRefusesBadFields()
    {
        QFETCH(QString, host);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, workspace);
        QFETCH(QString, message);
        TeamWorkspaceDialog dialog;
        dialog.hostEdit()->setText(host);
        dialog.databaseEdit()->setText(database);
        dialog.userEdit()->setText(user);
        dialog.workspaceEdit()->setText(workspace);
        const auto l = dialog.location();
        QVERIFY(!l);
        QCOMPARE(l.error(), message);
        QCOMPARE(dialog.addressText(), QString());
        dialog.accept(); // refused: stays open, says why
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.errorText(), message);
    }

    void passwordFromThePasswordFile()
    {
        usePasswordFile(u"*:*:*:%1:%2"_s.arg(secretRole, secretPassword));
        QUndoStack stack;
        AnnotationStore store;
        AnnotationEdits edits(&store, &stack);
        QWidget parent;
        Settings settings(m_dir.filePath(u"file.ini"_s));
        WorkspaceActions actions(&edits, nullptr, &parent, &settings);
        const auto opened = actions.openLocation(uri(secretRole));
        usePasswordFile({});
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
        QCOMPARE(store.location(), uri(secretRole));
        QCOMPARE(actions.recentLocations(), QStringList{uri(secretRole)});
    }

    void promptedPasswordIsNeverStored()
    {
        const QString ini = m_dir.filePath(u"prompt.ini"_s);
        const QString file = m_dir.filePath(u"before.atws"_s);
        QUndoStack stack;
        AnnotationStore store;
        AnnotationEdits edits(&store, &stack);
        QWidget parent;
        Settings settings(ini);
        WorkspaceActions actions(&edits, nullptr, &parent, &settings);
        QVERIFY(store.create(file));
        QVERIFY(actions.openLocation(file));

        // Without a password the server asks for one; a wrong one is refused in the server's words, and the
        // workspace that was open stays open.
        const QString asks = u"The team workspace server %1 asks for the password of the role “secret”.\n"
                             u"It is used for this connection only and never saved."_s.arg(uri(secretRole));
        QString prompt, refusal;
        QLineEdit::EchoMode echo = QLineEdit::Normal;
        {
            ModalDriver driver({[&](QWidget *w) {
                                    auto *ask = qobject_cast<QInputDialog *>(w);
                                    QVERIFY(ask);
                                    prompt = ask->labelText();
                                    echo = ask->textEchoMode();
                                    ask->setTextValue(u"wrong-password"_s);
                                    ask->accept();
                                },
                                [&](QWidget *w) {
                                    auto *box = qobject_cast<QMessageBox *>(w);
                                    QVERIFY(box);
                                    refusal = box->text();
                                    box->accept();
                                }});
            actions.openLocationAsking(uri(secretRole));
            QVERIFY(driver.done());
        }
        // The address's "&" doubled, so that the label (the line edit's buddy) shows it, not a shortcut key.
        QCOMPARE(prompt, QString(asks).replace(u"&"_s, u"&&"_s));
        QCOMPARE(echo, QLineEdit::Password);
        QCOMPARE(refusal, u"The team workspace server %1 refused the connection: password authentication "
                          u"failed for user \"secret\"\nThe workspace that was open stays open."_s.arg(
                              uri(secretRole)));
        QCOMPARE(store.path(), file);

        // The right one opens it; it is in no setting, and the recent list holds the address only.
        {
            ModalDriver driver({[&](QWidget *w) {
                auto *ask = qobject_cast<QInputDialog *>(w);
                QVERIFY(ask);
                ask->setTextValue(secretPassword);
                ask->accept();
            }});
            actions.openLocationAsking(uri(secretRole));
            QVERIFY(driver.done());
        }
        QCOMPARE(store.location(), uri(secretRole));
        QCOMPARE(actions.recentLocations(), (QStringList{uri(secretRole), file}));
        settings.sync();
        QSettings back(ini, QSettings::IniFormat);
        QVERIFY(!back.allKeys().isEmpty());
        for (const QString &key : back.allKeys()) {
            const QString value = back.value(key).toStringList().join(u'\n') + back.value(key).toString();
            QVERIFY2(!value.contains(secretPassword), qPrintable(key));
        }
        QVERIFY(!fileBytes(ini).contains(secretPassword.toUtf8()));
        QVERIFY(fileBytes(ini).contains(uri(secretRole).toUtf8().left(20)));
    }

    void conflictKeepMine()
    {
        Colleagues c;
        QVERIFY(c.start(uri()));

        // Alice types; Bob saves first, and his change reaches Alice's store live while she types.
        c.editor.textEdit()->setPlainText(u"alice's reading"_s);
        QVERIFY(c.bob.setText(c.id, u"bob's reading"_s));
        const Annotation bobs = *c.bobStore.find(c.id);
        QTRY_COMPARE_WITH_TIMEOUT(c.aliceStore.find(c.id)->text, u"bob's reading"_s, 1000);
        QCOMPARE(c.editor.textEdit()->toPlainText(), u"alice's reading"_s);
        QVERIFY(!c.editor.commitPending());
        QVERIFY(c.editor.inConflict());
        QCOMPARE(c.editor.statusText(),
                 u"Not saved: bob changed this annotation at %1, while you were editing it; your change was "
                 u"not saved, so as not to overwrite theirs. Keep your text, saved over their version, or "
                 u"take theirs?"_s.arg(bobs.edited.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s)));
        QCOMPARE(c.editor.retryButton()->text(), u"Keep Mine"_s);
        QCOMPARE(c.editor.discardButton()->text(), u"Take Theirs"_s);
        // Nothing is saved by itself meanwhile: not by typing on, not by moving away.
        c.editor.textEdit()->setPlainText(u"alice's reading, kept"_s);
        QVERIFY(!c.editor.commitPending());
        QVERIFY(!c.editor.setTarget(AnnotationTarget::event(u"other"_s)));
        QCOMPARE(c.aliceStore.find(c.id)->text, u"bob's reading"_s);

        // Keep Mine: a new edit over Bob's version, which Bob sees; undoing it brings Bob's back.
        QTest::mouseClick(c.editor.retryButton(), Qt::LeftButton);
        QVERIFY(!c.editor.inConflict());
        QVERIFY(!c.editor.hasUnsavedChanges());
        QCOMPARE(c.aliceStore.find(c.id)->text, u"alice's reading, kept"_s);
        QTRY_COMPARE_WITH_TIMEOUT(c.bobStore.find(c.id)->text, u"alice's reading, kept"_s, 1000);
        c.aliceStack.undo();
        QCOMPARE(c.aliceStore.find(c.id)->text, u"bob's reading"_s);
        QTRY_COMPARE_WITH_TIMEOUT(c.bobStore.find(c.id)->text, u"bob's reading"_s, 1000);
    }

    void conflictTakeTheirs()
    {
        Colleagues c;
        QVERIFY(c.start(uri()));

        // Bob's change has not reached Alice's store when she saves: the server refuses it.
        c.editor.textEdit()->setPlainText(u"alice's reading"_s);
        QVERIFY(c.bob.setText(c.id, u"bob's reading"_s));
        const Annotation bobs = *c.bobStore.find(c.id);
        QVERIFY(!c.editor.commitPending());
        QVERIFY(c.editor.inConflict());
        QCOMPARE(c.editor.statusText(),
                 u"Not saved: bob changed this annotation at %1, after you read it; your change was not "
                 u"saved, so as not to overwrite theirs. The list now shows their version. Keep your text, "
                 u"saved over their version, or take theirs?"_s.arg(
                     bobs.edited.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s)));
        QCOMPARE(c.editor.textEdit()->toPlainText(), u"alice's reading"_s);
        QCOMPARE(c.aliceStore.find(c.id)->text, u"bob's reading"_s);

        // Take Theirs: the c.editor shows Bob's version and nothing is written.
        QTest::mouseClick(c.editor.discardButton(), Qt::LeftButton);
        QVERIFY(!c.editor.inConflict());
        QVERIFY(!c.editor.hasUnsavedChanges());
        QCOMPARE(c.editor.textEdit()->toPlainText(), u"bob's reading"_s);
        QCOMPARE(c.aliceStack.count(), 1); // her add only
        QTest::qWait(200);
        QCOMPARE(c.bobStore.find(c.id)->text, u"bob's reading"_s);
        QCOMPARE(c.bobStore.find(c.id)->edited, bobs.edited);
    }

    void indicatorFollowsTheConnection()
    {
        AnnotationStore store;
        ConnectionIndicator indicator(&store);
        QVERIFY(store.create(m_dir.filePath(u"indicator.atws"_s)));
        QCOMPARE(indicator.state(), ConnectionIndicator::State::Hidden);
        QVERIFY(openWorkspaceLocation(store, uri()));
        QCOMPARE(indicator.state(), ConnectionIndicator::State::Connected);
        QCOMPARE(indicator.text(), u"● Connected"_s);
        auto *backend = qobject_cast<PostgresWorkspace *>(store.backend());
        QVERIFY(backend);
        backend->setReconnectInterval(200);
        QVERIFY2(m_server.stopServer(), qPrintable(m_server.error()));
        QVERIFY(
            !store.write({AnnotationWrite::put(sample(u"e"_s, u"down"_s), AnnotationWrite::Expect::Absent)}));
        QCOMPARE(indicator.state(), ConnectionIndicator::State::Reconnecting);
        QCOMPARE(indicator.text(), u"● Reconnecting…"_s);
        QVERIFY2(m_server.startServer(), qPrintable(m_server.error()));
        QTRY_COMPARE_WITH_TIMEOUT(indicator.state(), ConnectionIndicator::State::Connected, 5000);

        QVERIFY(m_server.exec(u"CREATE ROLE viewer LOGIN"_s));
        QVERIFY(m_server.exec(u"GRANT SELECT ON at_schema, at_annotation TO viewer"_s, m_db));
        QVERIFY(openWorkspaceLocation(store, uri(u"viewer"_s)));
        QCOMPARE(indicator.state(), ConnectionIndicator::State::ReadOnly);
        QCOMPARE(indicator.text(), u"● Read-only"_s);
    }

    // The server kills the connection while the window is idle (nobody saves): the probe finds it, the
    // indicator says so, and the connection comes back by itself, each within a bounded time.
    void idleConnectionKilledIsNoticedWithoutASave()
    {
        AnnotationStore store;
        ConnectionIndicator indicator(&store);
        QVERIFY(openWorkspaceLocation(store, uri()));
        auto *backend = qobject_cast<PostgresWorkspace *>(store.backend());
        QVERIFY(backend);
        backend->setProbeInterval(300);
        backend->setReconnectInterval(300);
        QCOMPARE(indicator.state(), ConnectionIndicator::State::Connected);
        QList<ConnectionIndicator::State> seen;
        connect(&store, &AnnotationStore::connectionChanged, this, [&] { seen << indicator.state(); });
        QTest::qWait(700); // idle, connected: the probes pass and change nothing
        QCOMPARE(seen, QList<ConnectionIndicator::State>{});

        const QString kill = u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                             u"application_name = 'alliance-timeline' AND datname = '%1'"_s.arg(m_db);
        QCOMPARE(m_server.column(kill), QStringList{u"true"_s});
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(seen.value(0), ConnectionIndicator::State::Reconnecting, 2000);
        QCOMPARE(indicator.text(), u"● Reconnecting…"_s);
        QTRY_COMPARE_WITH_TIMEOUT(indicator.state(), ConnectionIndicator::State::Connected, 3000);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(seen, (QList<ConnectionIndicator::State>{ConnectionIndicator::State::Reconnecting,
                                                          ConnectionIndicator::State::Connected}));
        QCOMPARE(indicator.text(), u"● Connected"_s);
        // A new backend serves it: a save goes through, with nothing typed twice.
        QVERIFY(store.write(
            {AnnotationWrite::put(sample(u"e"_s, u"after the kill"_s), AnnotationWrite::Expect::Absent)}));
        QCOMPARE(m_server.column(u"SELECT text FROM at_annotation"_s, m_db),
                 QStringList{u"after the kill"_s});
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
