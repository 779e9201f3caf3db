// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/annotations/savestatuslabel.h"

#include "app/core/annotations/annotationstore.h"

namespace at {

SaveStatusLabel::SaveStatusLabel(const AnnotationStore *store, QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("saveStatus"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(store, &AnnotationStore::saved, this, &SaveStatusLabel::showSaved);
    connect(store, &AnnotationStore::writeFailed, this, &SaveStatusLabel::showFailed);
    connect(store, &AnnotationStore::workspaceChanged, this, &SaveStatusLabel::clearStatus);
    if (store->lastSaved().isValid())
        showSaved(store->lastSaved());
}

void SaveStatusLabel::showSaved(const QDateTime &when)
{
    m_state = State::Saved;
    setStyleSheet(QString());
    setText(tr("✓ Saved %1").arg(m_locale.toString(when.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
    setToolTip(tr("Every change is written to the workspace file as soon as it is made."));
}

void SaveStatusLabel::showFailed(const StoreError &error)
{
    m_state = State::Failed;
    setStyleSheet(QStringLiteral("color: #c62828;"));
    setText(tr("Not saved: %1").arg(error.message));
    setToolTip(QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(error.text().toHtmlEscaped()));
}

void SaveStatusLabel::clearStatus()
{
    m_state = State::Idle;
    setStyleSheet(QString());
    setText(QString());
    setToolTip(QString());
}

} // namespace at
