// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/import/importerrorsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace at {

ImportErrorsDialog::ImportErrorsDialog(const ImportResult &result, int maxErrors, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importErrorsDialog"));
    setWindowTitle(tr("Nothing Was Imported"));
    auto *layout = new QVBoxLayout(this);
    const auto count = result.errors.size();
    QString heading;
    if (result.clashes > 0 && result.clashes == count)
        heading =
            tr("These ids are loaded already, so nothing was imported and nothing changed. Give them other "
               "ids, or import with \"Replace\".");
    else if (count >= maxErrors)
        heading =
            tr("The import found at least %1 problems (the first %1 are listed), so nothing was imported "
               "and nothing changed.")
                .arg(count);
    else if (count == 1)
        heading = tr("The import found a problem, so nothing was imported and nothing changed.");
    else
        heading = tr("The import found %1 problems, so nothing was imported and nothing changed.").arg(count);
    auto *label = new QLabel(heading, this);
    label->setObjectName(QStringLiteral("heading"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    layout->addWidget(label);

    m_list = new QPlainTextEdit(this);
    m_list->setObjectName(QStringLiteral("errors"));
    m_list->setReadOnly(true);
    // Wrapped at the width, so that the end of a long problem (a refusal says there what to change) is
    // seen without scrolling; each problem stays one paragraph, and Copy All copies one per line.
    m_list->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setPlainText(toStrings(result.errors).join(u'\n')); // plain text: data may hold anything
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copy"));
    connect(copy, &QPushButton::clicked, this, &ImportErrorsDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 360);
}

QString ImportErrorsDialog::text() const
{
    return m_list->toPlainText();
}

void ImportErrorsDialog::copyToClipboard() const
{
    QApplication::clipboard()->setText(text() + u'\n');
}

} // namespace at
