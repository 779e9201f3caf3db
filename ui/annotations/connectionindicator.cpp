// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/annotations/connectionindicator.h"

#include "app/core/annotations/annotationstore.h"
#include "app/core/annotations/postgresworkspace.h"

namespace at {

namespace {

// The address is the user's text: shown as text, never guessed to be rich text.
void setPlainToolTip(QWidget *w, const QString &text)
{
    w->setToolTip(QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
}

} // namespace

ConnectionIndicator::ConnectionIndicator(const AnnotationStore *store, QWidget *parent)
    : QLabel(parent), m_store(store)
{
    setObjectName(QStringLiteral("connectionIndicator"));
    setTextFormat(Qt::PlainText);
    connect(store, &AnnotationStore::workspaceChanged, this, [this] {
        m_refusedWrite = false;
        follow();
    });
    connect(store, &AnnotationStore::connectionChanged, this, &ConnectionIndicator::follow);
    connect(store, &AnnotationStore::writeFailed, this, &ConnectionIndicator::writeFailed);
    connect(store, &AnnotationStore::saved, this, [this] {
        m_refusedWrite = false;
        follow();
    });
    follow();
}

void ConnectionIndicator::writeFailed(const StoreError &error)
{
    if (error.code == StoreError::Code::ReadOnly)
        m_refusedWrite = true;
    follow();
}

// Whether what crosses the network is encrypted; nothing to say of a local server's socket.
QString ConnectionIndicator::privacy() const
{
    const auto *server = qobject_cast<const PostgresWorkspace *>(m_store->backend());
    if (!server || server->teamLocation().host.startsWith(u'/'))
        return {};
    // A sentence after another: the space is part of it, since Chinese puts none after "。".
    return server->isEncrypted() ? tr(" The connection is encrypted (TLS).")
                                 : tr(" The connection is not encrypted: the server offers no TLS.");
}

void ConnectionIndicator::follow()
{
    if (!m_store->isServer()) {
        m_state = State::Hidden;
        hide();
        return;
    }
    // The address names the server, the database, the role and the workspace (never a password).
    const QString where = m_store->location();
    if (!m_store->isConnected()) {
        m_state = State::Reconnecting;
        setText(tr("● Reconnecting…"));
        setStyleSheet(QStringLiteral("color: #b26a00;"));
        setPlainToolTip(
            this, tr("The connection to %1 was lost. It is tried again by itself; until then nothing can "
                     "be saved, and what you type stays in the editor.")
                      .arg(where));
    } else if (m_refusedWrite || !m_store->looksWritable()) {
        m_state = State::ReadOnly;
        setText(tr("● Read-only"));
        setStyleSheet(QStringLiteral("color: #616161;"));
        setPlainToolTip(this, tr("Connected to %1 with a role that may only read.").arg(where) + privacy());
    } else {
        m_state = State::Connected;
        setText(tr("● Connected"));
        setStyleSheet(QStringLiteral("color: #2e7d32;"));
        setPlainToolTip(this,
                        tr("Connected to %1; colleagues' changes appear as they are saved.").arg(where) +
                            privacy());
    }
    show();
}

} // namespace at
