// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Team workspaces over TCP with TLS, against a PostgreSQL 15 server that the test starts itself on
// 127.0.0.1 with a self-signed certificate made for it: by default (sslmode=prefer) the connection is
// encrypted, as the app and the server both say; with TLS turned off the same address still connects, in
// the clear, and one that requires TLS (sslmode=require, from the address or the dialog) is refused with a
// message that says why. The status bar's indicator says whether the connection is encrypted.

#include "app/core/annotations/annotationstore.h"
#include "app/core/annotations/postgresworkspace.h"
#include "app/core/annotations/workspacelocation.h"
#include "tests/support/teamserver.h"
#include "ui/annotations/connectionindicator.h"
#include "ui/annotations/teamworkspacedialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace at;
using namespace at::testing;

class TestTeamTls : public QObject {
    Q_OBJECT

    TeamServer m_server;

    // What the server says of the app's own connections to `database`: TLS or not, one entry each.
    QStringList serverSeesTls(const QString &database)
    {
        return m_server.column(
            u"SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE "
            u"a.application_name = 'alliance-timeline' AND a.datname = '%1'"_s.arg(database));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.listenOnTcpWithTls();
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        for (const char *database : {"prefer", "clear", "required"})
            QVERIFY2(m_server.exec(u"CREATE DATABASE %1"_s.arg(QLatin1StringView(database))),
                     qPrintable(m_server.error()));
    }

    void encryptedByDefault()
    {
        const QString address = m_server.tcpUri(u"prefer"_s);
        const auto location = TeamLocation::parse(address);
        QVERIFY(location);
        QCOMPARE(location->sslMode, u"prefer"_s);
        AnnotationStore store;
        const auto opened = openWorkspaceLocation(store, address);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
        auto *backend = qobject_cast<PostgresWorkspace *>(store.backend());
        QVERIFY(backend);
        QVERIFY(backend->isEncrypted());
        QCOMPARE(serverSeesTls(u"prefer"_s), QStringList{u"true"_s});
        // The status bar says so.
        const ConnectionIndicator indicator(&store);
        QCOMPARE(indicator.toolTip(),
                 u"<p>Connected to %1; colleagues' changes appear as they are saved. The "
                 u"connection is encrypted (TLS).</p>"_s.arg(address.toHtmlEscaped()));
        // What the server says of TLS on this connection: a modern protocol, the app's own backend.
        QCOMPARE(
            m_server.column(u"SELECT s.version FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) "
                            u"WHERE a.application_name = 'alliance-timeline' AND a.datname = 'prefer'"_s),
            QStringList{u"TLSv1.3"_s});
    }

    void requiredTlsAgainstAServerWithoutIt()
    {
        // The same address with sslmode=require works while the server offers TLS.
        {
            AnnotationStore store;
            QVERIFY(openWorkspaceLocation(store, m_server.tcpUri(u"required"_s, u"&sslmode=require"_s)));
            QVERIFY(qobject_cast<PostgresWorkspace *>(store.backend())->isEncrypted());
        }
        QVERIFY2(m_server.setTls(false), qPrintable(m_server.error()));

        // prefer: connects in the clear.
        {
            AnnotationStore store;
            QVERIFY(openWorkspaceLocation(store, m_server.tcpUri(u"clear"_s)));
            QVERIFY(!qobject_cast<PostgresWorkspace *>(store.backend())->isEncrypted());
            QCOMPARE(serverSeesTls(u"clear"_s), QStringList{u"false"_s});
            const ConnectionIndicator indicator(&store);
            QCOMPARE(
                indicator.toolTip(),
                u"<p>Connected to %1; colleagues' changes appear as they are saved. The connection is not "
                u"encrypted: the server offers no TLS.</p>"_s.arg(
                    m_server.tcpUri(u"clear"_s).toHtmlEscaped()));
        }

        // require, as the Open Team Workspace dialog writes it: refused, saying why; nothing is open.
        TeamWorkspaceDialog dialog;
        dialog.hostEdit()->setText(u"127.0.0.1"_s);
        dialog.portBox()->setValue(m_server.port());
        dialog.databaseEdit()->setText(u"required"_s);
        dialog.userEdit()->setText(u"postgres"_s);
        dialog.workspaceEdit()->setText(u"default"_s);
        dialog.sslModeBox()->setCurrentIndex(dialog.sslModeBox()->findData(u"require"_s));
        const auto location = dialog.location();
        QVERIFY(location);
        const QString address = m_server.tcpUri(u"required"_s, u"&sslmode=require"_s);
        QCOMPARE(location->toUri(), address);
        AnnotationStore store;
        const auto refused = openWorkspaceLocation(store, location->toUri());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::CannotOpen);
        QCOMPARE(
            refused.error().message,
            u"The team workspace server %1 does not offer an encrypted connection (TLS), and the address "
            u"requires one (sslmode=require). Ask the server's administrator to turn TLS on."_s.arg(address));
        QCOMPARE(refused.error().detail,
                 u"connection to server at \"127.0.0.1\", port %1 failed: server does not support SSL, but "
                 u"SSL was required"_s.arg(m_server.port()));
        QVERIFY(!store.isOpen());
        QCOMPARE(serverSeesTls(u"required"_s), QStringList());

        QVERIFY2(m_server.setTls(true), qPrintable(m_server.error()));
        QVERIFY(openWorkspaceLocation(store, address));
        QCOMPARE(serverSeesTls(u"required"_s), QStringList{u"true"_s});
    }
};

QTEST_MAIN(TestTeamTls)
#include "tst_teamtls.moc"
