// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/datasetimport.h"

#include <QDialog>

class QPlainTextEdit;

namespace at {

// Every problem an import found, one per line in the GNU form ("events.csv:4:12: error: start: …"), in a
// read-only text the user can select and copy, with a button that copies it all. Says plainly that nothing
// was changed.
class ImportErrorsDialog : public QDialog {
    Q_OBJECT
public:
    ImportErrorsDialog(const ImportResult &result, int maxErrors, QWidget *parent = nullptr);

    // The text the list shows and Copy puts on the clipboard.
    QString text() const;
    void copyToClipboard() const;

private:
    QPlainTextEdit *m_list = nullptr;
};

} // namespace at
