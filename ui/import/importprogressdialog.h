// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QProgressDialog>

namespace at {

class ImportJob;

// The progress of an import and its Cancel button. It follows the job by polling (the worker posts nothing
// while it reads), appears only when the import takes more than a moment, and on Cancel asks the job to
// stop and says so until it has.
class ImportProgressDialog : public QProgressDialog {
    Q_OBJECT
public:
    ImportProgressDialog(ImportJob *job, QWidget *parent = nullptr);

private:
    void poll();
    ImportJob *m_job;
};

} // namespace at
