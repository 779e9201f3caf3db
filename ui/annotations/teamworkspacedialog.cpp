// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/annotations/teamworkspacedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace at {

namespace {

bool hasSpace(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

} // namespace

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("teamWorkspaceDialog"));
    setWindowTitle(tr("Open Team Workspace"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("teamHost"));
    m_host->setPlaceholderText(QStringLiteral("db.example.org")); // an example, not a word
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("teamDatabase"));
    m_database->setPlaceholderText(QStringLiteral("timeline"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("teamUser"));
    m_workspace = new QLineEdit(QStringLiteral("default"), this);
    m_workspace->setObjectName(QStringLiteral("teamWorkspace"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("teamSslMode"));
    m_sslMode->addItem(tr("When the server offers it (prefer)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Always; refuse a server without it (require)"), QStringLiteral("require"));
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("teamAddress"));
    m_address->setTextFormat(Qt::PlainText);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("teamError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto *password = new QLabel(tr("The password is read from the PostgreSQL password file (~/.pgpass). When "
                                   "the server asks for one that is not there, you are asked for it; it is "
                                   "used for this connection only and never saved."),
                                this);
    password->setTextFormat(Qt::PlainText);
    password->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Role:"), m_user);
    form->addRow(tr("&Workspace:"), m_workspace);
    form->addRow(tr("&TLS:"), m_sslMode);
    form->addRow(tr("Address:"), m_address);
    for (QLabel *label : findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamWorkspaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TeamWorkspaceDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(password);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user, m_workspace})
        connect(edit, &QLineEdit::textChanged, this, &TeamWorkspaceDialog::updateAddress);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamWorkspaceDialog::updateAddress);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &TeamWorkspaceDialog::updateAddress);
    updateAddress();
    setMinimumWidth(520);
}

void TeamWorkspaceDialog::setLocation(const TeamLocation &location)
{
    m_host->setText(location.host);
    m_port->setValue(location.port);
    m_database->setText(location.database);
    m_user->setText(location.user);
    m_workspace->setText(location.workspace);
    const int ssl = m_sslMode->findData(location.sslMode);
    if (ssl >= 0)
        m_sslMode->setCurrentIndex(ssl);
}

Expected<TeamLocation, QString> TeamWorkspaceDialog::location() const
{
    TeamLocation l;
    l.host = m_host->text().trimmed();
    l.port = m_port->value();
    l.database = m_database->text().trimmed();
    l.user = m_user->text().trimmed();
    l.workspace = m_workspace->text().trimmed();
    l.sslMode = m_sslMode->currentData().toString();
    if (l.host.isEmpty())
        return Unexpected(tr("Enter the server: its host name or address, or the folder of its socket."));
    if (!l.host.startsWith(u'/')) {
        QUrl probe;
        probe.setHost(l.host, QUrl::StrictMode);
        if (hasSpace(l.host) || !probe.isValid() || probe.host().isEmpty())
            return Unexpected(tr("“%1” is not a host name or address.").arg(l.host));
    } else if (hasSpace(l.host)) {
        return Unexpected(tr("The socket folder “%1” contains a space.").arg(l.host));
    }
    if (l.database.isEmpty())
        return Unexpected(tr("Enter the name of the database."));
    if (l.database.contains(u'/'))
        return Unexpected(tr("A database name cannot contain “/”."));
    if (l.user.isEmpty())
        return Unexpected(tr("Enter the role (user name) to connect as."));
    if (l.workspace.isEmpty())
        return Unexpected(tr("Enter the name of the workspace in that database."));
    // Whatever the fields hold must come back the same from the address the app remembers.
    const auto back = TeamLocation::parse(l.toUri());
    if (!back)
        return Unexpected(back.error().message);
    if (back->host != l.host || back->database != l.database || back->user != l.user ||
        back->workspace != l.workspace)
        return Unexpected(
            tr("These fields cannot be written as one address; check the server and the role."));
    return l;
}

void TeamWorkspaceDialog::accept()
{
    const auto l = location();
    if (!l) {
        m_error->setText(l.error());
        return;
    }
    QDialog::accept();
}

QString TeamWorkspaceDialog::errorText() const
{
    return m_error->text();
}

QString TeamWorkspaceDialog::addressText() const
{
    return m_address->text();
}

void TeamWorkspaceDialog::updateAddress()
{
    const auto l = location();
    m_address->setText(l ? l->toUri() : QString());
    m_error->clear();
}

} // namespace at
