// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/import/importprogressdialog.h"

#include "app/core/import/importjob.h"

#include <QFileInfo>
#include <QLabel>
#include <QTimer>

namespace at {

ImportProgressDialog::ImportProgressDialog(ImportJob *job, QWidget *parent)
    : QProgressDialog(parent), m_job(job)
{
    setObjectName(QStringLiteral("importProgressDialog"));
    setWindowTitle(tr("Import"));
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText); // a file's name may hold anything
    setLabel(label);
    const QStringList &files = job->request().files;
    setLabelText(files.size() == 1 ? tr("Reading %1…").arg(QFileInfo(files.first()).fileName())
                                   : tr("Reading %1 files…").arg(files.size()));
    setRange(0, 1000);
    setMinimumDuration(400); // a small file is read before this would show
    setAutoClose(false);
    setAutoReset(false);
    setWindowModality(Qt::WindowModal);
    connect(this, &QProgressDialog::canceled, job, [this] {
        m_job->cancel();
        setLabelText(tr("Cancelling…"));
    });
    auto *timer = new QTimer(this);
    timer->setInterval(50);
    connect(timer, &QTimer::timeout, this, &ImportProgressDialog::poll);
    timer->start();
    setValue(0);
}

void ImportProgressDialog::poll()
{
    if (!m_job->isCancelRequested())
        setValue(int(m_job->progress() * 999)); // the last step is when the window shows the result
}

} // namespace at
