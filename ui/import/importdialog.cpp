// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/import/importdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace at {

ImportDialog::ImportDialog(const QStringList &files, const QString &loaded, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import"));
    setObjectName(QStringLiteral("importDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(
        files.size() == 1 ? tr("Import this file:") : tr("Import these %1 files:").arg(files.size()), this);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("files"));
    for (const QString &f : files) {
        auto *item = new QListWidgetItem(QFileInfo(f).fileName(), list);
        item->setToolTip(Qt::convertFromPlainText(f, Qt::WhiteSpaceNormal)); // a path may hold anything
    }
    list->setMaximumHeight(list->sizeHintForRow(0) * std::min<int>(int(files.size()), 6) +
                           2 * list->frameWidth() + 4);
    layout->addWidget(list);

    m_add = new QRadioButton(tr("&Add to what is loaded"), this);
    m_add->setObjectName(QStringLiteral("add"));
    m_replace = new QRadioButton(tr("&Replace what is loaded"), this);
    m_replace->setObjectName(QStringLiteral("replace"));
    m_add->setChecked(true);
    layout->addWidget(m_add);
    auto *addNote =
        new QLabel(tr("Loaded now: %1. The files may refer to its entities and sources; an id that is "
                      "loaded already is reported and nothing is imported.")
                       .arg(loaded),
                   this);
    addNote->setTextFormat(Qt::PlainText);
    addNote->setWordWrap(true);
    addNote->setContentsMargins(24, 0, 0, 6);
    layout->addWidget(addNote);
    layout->addWidget(m_replace);
    auto *replaceNote =
        new QLabel(tr("The files must then be complete on their own. The embedded dataset can be "
                      "loaded again with File > Reload Embedded Dataset."),
                   this);
    replaceNote->setTextFormat(Qt::PlainText);
    replaceNote->setWordWrap(true);
    replaceNote->setContentsMargins(24, 0, 0, 6);
    layout->addWidget(replaceNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

ImportMode ImportDialog::mode() const
{
    return m_replace->isChecked() ? ImportMode::Replace : ImportMode::Add;
}

void ImportDialog::setMode(ImportMode mode)
{
    (mode == ImportMode::Replace ? m_replace : m_add)->setChecked(true);
}

} // namespace at
