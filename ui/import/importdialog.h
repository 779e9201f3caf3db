// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/datasetimport.h"

#include <QDialog>

class QRadioButton;

namespace at {

// Asks whether the files are added to what is loaded or replace it, listing the files and what is loaded.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // `loaded` describes what is loaded now ("21 events, 21 entities …").
    ImportDialog(const QStringList &files, const QString &loaded, QWidget *parent = nullptr);

    ImportMode mode() const;
    void setMode(ImportMode mode);

private:
    QRadioButton *m_add = nullptr;
    QRadioButton *m_replace = nullptr;
};

} // namespace at
