// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/postgresworkspace.h"

#include "app/core/annotations/annotationrow.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QVariant>
#include <utility>

namespace at {

namespace {

// One channel for every workspace of the database; the payload names the workspace that changed.
const QString channel = QStringLiteral("alliance_timeline");
// The schema of a team database. 1: annotations of every workspace in one table, with spans and periods.
constexpr int teamSchemaVersion = 1;
// Taken while the schema is created or upgraded, so that two clients starting at once do not both do it.
constexpr qint64 schemaLockKey = 0x41544C57;

// Statements that build version 1 of the schema (never edit once shipped: add the next version).
constexpr const char *teamSchema[] = {
    "CREATE TABLE at_schema (version integer NOT NULL)",
    "CREATE TABLE at_annotation ("
    " workspace text NOT NULL,"
    " uuid text NOT NULL,"
    " target text NOT NULL CHECK (target IN ('event', 'point', 'span', 'period')),"
    " event_id text NOT NULL DEFAULT '',"
    " series_id text NOT NULL DEFAULT '',"
    " point_date text NOT NULL DEFAULT '',"
    " entity_id text NOT NULL DEFAULT '',"
    " span_from text NOT NULL DEFAULT '',"
    " span_to text NOT NULL DEFAULT '',"
    " text text NOT NULL,"
    " tags text NOT NULL DEFAULT '[]',"
    " importance text NOT NULL CHECK (importance IN ('low', 'normal', 'high')),"
    " author text NOT NULL,"
    " created text NOT NULL,"
    " edited text NOT NULL,"
    " edited_by text NOT NULL DEFAULT '',"
    " PRIMARY KEY (workspace, uuid))",
    nullptr};

Unexpected<StoreError> fail(StoreError::Code code, const QString &message, const QString &detail = {})
{
    return Unexpected(StoreError{code, message, detail});
}

bool isConnectionState(const QString &sqlState)
{
    // Class 08: connection exceptions; 57P01-57P03: the server shuts down or cannot take connections.
    return sqlState.startsWith(QLatin1StringView("08")) || sqlState.startsWith(QLatin1StringView("57P"));
}

} // namespace

bool TeamLocation::isTeamUri(const QString &text)
{
    return text.startsWith(QLatin1StringView("postgresql://")) ||
           text.startsWith(QLatin1StringView("postgres://"));
}

Expected<TeamLocation, StoreError> TeamLocation::parse(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    const auto refuse = [&](const QString &why) {
        return fail(StoreError::Code::CannotOpen,
                    PostgresWorkspace::tr("“%1” is not a team workspace address: %2").arg(uri, why));
    };
    if (!isTeamUri(uri) || !url.isValid())
        return refuse(
            PostgresWorkspace::tr("write it as postgresql://USER@HOST:PORT/DATABASE?workspace=NAME"));
    if (!url.password().isEmpty())
        return refuse(PostgresWorkspace::tr("a password is never written into the address; put it in the "
                                            "PostgreSQL password file (~/.pgpass)"));
    TeamLocation l;
    l.host = url.host();
    l.port = url.port(5432);
    l.user = url.userName();
    l.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"workspace")
            l.workspace = value;
        else if (key == u"sslmode")
            l.sslMode = value;
        else if (key == u"host")
            l.host = value;
        else
            return refuse(PostgresWorkspace::tr("unknown setting “%1”").arg(key));
    }
    static const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                         QStringLiteral("prefer"),    QStringLiteral("require"),
                                         QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!sslModes.contains(l.sslMode))
        return refuse(
            PostgresWorkspace::tr("sslmode must be one of %1").arg(sslModes.join(QStringLiteral(", "))));
    if (l.database.isEmpty() || l.database.contains(u'/'))
        return refuse(PostgresWorkspace::tr("it names no database"));
    if (l.workspace.isEmpty())
        return refuse(PostgresWorkspace::tr("the workspace name is empty"));
    return l;
}

QString TeamLocation::toUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool socket = host.startsWith(u'/');
    url.setHost(socket ? QStringLiteral("localhost") : host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), host);
    query.addQueryItem(QStringLiteral("workspace"), workspace);
    if (sslMode != u"prefer")
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString();
}

PostgresWorkspace::PostgresWorkspace(TeamLocation location, QString password, QString connectionName)
    : m_location(std::move(location)), m_password(std::move(password)),
      m_connectionName(std::move(connectionName))
{
    m_reconnect.setInterval(1000);
    connect(&m_reconnect, &QTimer::timeout, this, &PostgresWorkspace::tryReconnect);
    // Longer than the keepalives take to find a silent network dead, so that the probe finds the kernel's
    // verdict and never waits on the network itself.
    m_probe.setInterval(15000);
    connect(&m_probe, &QTimer::timeout, this, &PostgresWorkspace::probe);
}

PostgresWorkspace::~PostgresWorkspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<PostgresWorkspace>, StoreError> PostgresWorkspace::open(const TeamLocation &location,
                                                                                 const QString &password)
{
    const QString name = QStringLiteral("team-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<PostgresWorkspace> w(new PostgresWorkspace(location, password, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return fail(
            StoreError::Code::CannotOpen,
            tr("Team workspaces need Qt's PostgreSQL driver (Debian package libqt6sql6-psql), which is "
               "not installed."));
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(location.database);
    db.setUserName(location.user);
    db.setPassword(password);
    // A network that dies silently (no reset, no answer) is noticed by the kernel's TCP keepalives while
    // the connection is idle, about 5 + 3 x 2 = 11 s after its last packet, and a statement sent into it
    // fails after 10 s rather than the kernel's many minutes of retransmissions; the idle probe then finds
    // the connection dead without waiting for the network. (libpq ignores these on a Unix socket.)
    db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=5;application_name=alliance-timeline;"
                                        "keepalives=1;keepalives_idle=5;keepalives_interval=2;"
                                        "keepalives_count=3;tcp_user_timeout=10000")
                             .arg(location.sslMode));
    if (auto ready = w->connectAndPrepare(); !ready)
        return Unexpected(ready.error());
    return w;
}

QString PostgresWorkspace::location() const
{
    return m_location.toUri();
}

// Opens the connection, makes sure the schema is there and current, learns the role and its rights, and
// listens for the other clients' changes.
Expected<void, StoreError> PostgresWorkspace::connectAndPrepare()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    if (!db.open())
        return Unexpected(refusal(db.lastError()));
    const auto sqlFail = [&](const QSqlQuery &q) {
        const StoreError e = classify(q.lastError());
        (void)db.rollback();
        return Unexpected(e);
    };
    QSqlQuery q(db);
    // The role, and whether this connection is encrypted (TLS), as the server sees it.
    if (!q.exec(QStringLiteral("SELECT current_user, coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = "
                               "pg_backend_pid()), false)")) ||
        !q.next())
        return sqlFail(q);
    m_role = q.value(0).toString();
    m_encrypted = q.value(1).toBool();
    if (!db.transaction())
        return Unexpected(classify(db.lastError()));
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    q.addBindValue(schemaLockKey);
    if (!q.exec())
        return sqlFail(q);
    if (!q.exec(QStringLiteral("SELECT to_regclass('at_schema') IS NOT NULL")) || !q.next())
        return sqlFail(q);
    if (!q.value(0).toBool()) {
        for (const char *const *statement = teamSchema; *statement; ++statement)
            if (!q.exec(QString::fromLatin1(*statement)))
                return sqlFail(q);
        q.prepare(QStringLiteral("INSERT INTO at_schema (version) VALUES (?)"));
        q.addBindValue(teamSchemaVersion);
        if (!q.exec())
            return sqlFail(q);
    }
    if (!q.exec(QStringLiteral("SELECT max(version) FROM at_schema")) || !q.next())
        return sqlFail(q);
    const int version = q.value(0).toInt();
    if (version > teamSchemaVersion) {
        (void)db.rollback();
        return fail(StoreError::Code::NewerVersion,
                    tr("The team workspace database %1 was set up by a newer version of Alliance Timeline "
                       "(schema %2; this version knows up to %3). It was not changed; use a newer version.")
                        .arg(location())
                        .arg(version)
                        .arg(teamSchemaVersion));
    }
    if (!q.exec(QStringLiteral("SELECT has_table_privilege('at_annotation', 'INSERT') AND "
                               "has_table_privilege('at_annotation', 'UPDATE') AND "
                               "has_table_privilege('at_annotation', 'DELETE')")) ||
        !q.next())
        return sqlFail(q);
    m_mayWrite = q.value(0).toBool();
    q.finish();
    if (!db.commit())
        return Unexpected(classify(db.lastError()));
    QSqlDriver *driver = db.driver();
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
        return fail(StoreError::Code::Other,
                    tr("The team workspace server %1 does not pass on changes.").arg(location()),
                    driver->lastError().text());
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name == channel && source == QSqlDriver::OtherSource &&
                    payload.toString() == m_location.workspace)
                    Q_EMIT changedElsewhere();
            });
    m_connected = true;
    m_probe.start();
    return {};
}

// Before a session exists libpq reports only text (no SQL state reaches Qt's driver), so a server that asks
// for a password, or refuses the role or its password, is told apart by libpq's and the server's words.
// Anything else (no server, a server starting or stopping) is a connection to try again.
StoreError PostgresWorkspace::refusal(const QSqlError &error) const
{
    const QString said = error.databaseText().trimmed();
    // libpq's words when the server offers no TLS and sslmode is require, verify-ca or verify-full.
    if (said.contains(QLatin1StringView("SSL was required")))
        return {StoreError::Code::CannotOpen,
                tr("The team workspace server %1 does not offer an encrypted connection (TLS), and the "
                   "address requires one (sslmode=%2). Ask the server's administrator to turn TLS on.")
                    .arg(location(), m_location.sslMode),
                said};
    if (said.contains(QLatin1StringView("no password supplied")))
        return {StoreError::Code::PasswordNeeded,
                tr("The team workspace server %1 asks for the password of the role “%2”.")
                    .arg(location(), m_location.user),
                said};
    static const QLatin1StringView refusals[] = {QLatin1StringView("authentication failed"),
                                                 QLatin1StringView("no pg_hba.conf entry"),
                                                 QLatin1StringView("does not exist")};
    const qsizetype fatal = said.indexOf(QLatin1StringView("FATAL:"));
    for (const QLatin1StringView &refused : refusals)
        if (fatal >= 0 && said.indexOf(refused, fatal) > fatal)
            return {StoreError::Code::CannotOpen,
                    tr("The team workspace server %1 refused the connection: %2")
                        .arg(location(), said.mid(fatal + 6).simplified()),
                    said};
    return {StoreError::Code::Io,
            tr("The team workspace server %1 cannot be reached, or refused the connection.").arg(location()),
            error.text().trimmed()};
}

StoreError PostgresWorkspace::classify(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    const QString detail = error.text().trimmed();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A dead connection reports no SQL state, or a connection class one; ask it whether it still answers.
    bool alive = !isConnectionState(state);
    if (alive && state.isEmpty()) {
        QSqlQuery probe(db);
        alive = probe.exec(QStringLiteral("SELECT 1"));
    }
    if (!alive) {
        lose();
        return {
            StoreError::Code::Io,
            tr("Not saved: the connection to the team workspace server %1 was lost. Your text stays in the "
               "editor; the connection is tried again every few seconds.")
                .arg(location()),
            detail};
    }
    if (state == u"42501" || state == u"25006")
        return {StoreError::Code::ReadOnly,
                tr("Not saved: the role “%1” may only read the team workspace %2. Ask its administrator for "
                   "the rights to write (see the administrator's guide).")
                    .arg(m_role, location()),
                detail};
    return {StoreError::Code::Other, tr("The team workspace %1 could not be used.").arg(location()), detail};
}

void PostgresWorkspace::lose()
{
    if (!m_connected)
        return;
    m_connected = false;
    m_probe.stop();
    m_reconnect.start();
    Q_EMIT connectionChanged(false);
}

void PostgresWorkspace::tryReconnect()
{
    if (!connectAndPrepare())
        return;
    m_reconnect.stop();
    Q_EMIT connectionChanged(true);
    Q_EMIT changedElsewhere(); // what others saved meanwhile
}

// While nothing else is sent: one cheap statement, so that a connection the server or the network dropped
// (a killed backend, a restart, keepalives that went unanswered) is found, said, and reconnected by itself
// before the user's next save.
void PostgresWorkspace::probe()
{
    if (!m_connected)
        return;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT 1")))
        (void)classify(q.lastError());
}

Expected<QList<Annotation>, StoreError> PostgresWorkspace::readAll()
{
    if (!m_connected)
        if (auto back = connectAndPrepare(); !back)
            return Unexpected(back.error());
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM at_annotation WHERE workspace = ? ORDER BY created, uuid")
                  .arg(annotationrow::columns()));
    q.addBindValue(m_location.workspace);
    if (!q.exec())
        return Unexpected(classify(q.lastError()));
    QList<Annotation> list;
    while (q.next())
        list << annotationrow::read(q);
    m_probe.start(); // the connection just answered: the next probe waits a whole interval again
    return list;
}

// Who changed the annotation, and when, for a refusal that says who changed what.
StoreError PostgresWorkspace::explainMiss(const AnnotationWrite &w)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "SELECT edited_by, edited, author FROM at_annotation WHERE workspace = ? AND uuid = ?"));
    q.addBindValue(m_location.workspace);
    q.addBindValue(w.id);
    if (!q.exec())
        return classify(q.lastError());
    if (!q.next())
        return {StoreError::Code::NotFound,
                tr("A colleague deleted this annotation. The list now shows the team workspace as it is."),
                {}};
    const QString who = q.value(0).toString().isEmpty() ? q.value(2).toString() : q.value(0).toString();
    const QString when =
        timeFromString(q.value(1).toString()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    if (w.expect == AnnotationWrite::Expect::Absent)
        return {
            StoreError::Code::Conflict,
            tr("%1 saved an annotation with the same id at %2; nothing was overwritten. The list now shows "
               "the team workspace as it is.")
                .arg(who, when),
            {}};
    return {StoreError::Code::Conflict,
            tr("%1 changed this annotation at %2, after you read it; your change was not saved, so as not to "
               "overwrite theirs. The list now shows their version.")
                .arg(who, when),
            {}};
}

Expected<void, StoreError> PostgresWorkspace::write(const QList<AnnotationWrite> &writes)
{
    if (writes.isEmpty())
        return {};
    // A connection that died while idle (the server restarted) is found out by the first statement; nothing
    // was written then, so one more try on a new connection is safe.
    for (int attempt = 0;; ++attempt) {
        if (!m_connected)
            if (auto back = connectAndPrepare(); !back)
                return Unexpected(back.error());
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        const auto abort = [&](const StoreError &e) {
            (void)db.rollback();
            return Unexpected(e);
        };
        if (!db.transaction()) {
            const StoreError e = classify(db.lastError());
            if (e.code == StoreError::Code::Io && attempt == 0)
                continue;
            return Unexpected(e);
        }
        QSqlQuery insert(db), update(db), erase(db);
        insert.prepare(
            QStringLiteral(
                "INSERT INTO at_annotation (workspace, %1) VALUES (?, %2) ON CONFLICT (workspace, uuid) "
                "DO NOTHING")
                .arg(annotationrow::columns(), annotationrow::placeholders()));
        update.prepare(
            QStringLiteral("UPDATE at_annotation SET %1 WHERE workspace = ? AND uuid = ? AND edited = ?")
                .arg(annotationrow::assignments()));
        erase.prepare(
            QStringLiteral("DELETE FROM at_annotation WHERE workspace = ? AND uuid = ? AND edited = ?"));
        bool retry = false;
        for (const AnnotationWrite &w : writes) {
            const bool absent = w.expect == AnnotationWrite::Expect::Absent;
            if (!w.value && absent)
                continue;
            QSqlQuery &q = !w.value ? erase : absent ? insert : update;
            if (absent)
                q.addBindValue(m_location.workspace);
            if (w.value)
                annotationrow::bind(q, *w.value);
            if (!absent) {
                q.addBindValue(m_location.workspace);
                q.addBindValue(w.id);
                q.addBindValue(timeToString(w.expectedEdited));
            }
            if (!q.exec()) {
                const StoreError e = classify(q.lastError());
                retry = e.code == StoreError::Code::Io && attempt == 0;
                if (!retry)
                    return abort(e);
                break;
            }
            if (q.numRowsAffected() != 1) {
                (void)db.rollback();
                return Unexpected(explainMiss(w));
            }
        }
        if (retry)
            continue;
        QSqlQuery notify(db);
        notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        notify.addBindValue(channel);
        notify.addBindValue(m_location.workspace);
        if (!notify.exec())
            return abort(classify(notify.lastError()));
        if (!db.commit())
            return Unexpected(classify(db.lastError()));
        m_probe.start();
        return {};
    }
}

} // namespace at
