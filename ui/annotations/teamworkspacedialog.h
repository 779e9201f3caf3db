// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/postgresworkspace.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace at {

// File > Open Team Workspace…: the server, port, database, role, workspace name and TLS mode of a team
// workspace, shown as the postgresql:// address they make. No password field: libpq reads its password
// file, and a server that still asks for one gets a prompt whose answer is never kept. OK is refused, with
// the reason under the fields, while a field is missing or cannot be written in an address.
class TeamWorkspaceDialog : public QDialog {
    Q_OBJECT
public:
    explicit TeamWorkspaceDialog(QWidget *parent = nullptr);

    // Fills the fields (from the last team workspace opened).
    void setLocation(const TeamLocation &location);
    // The workspace the fields name, or the first thing wrong with them, as a sentence.
    Expected<TeamLocation, QString> location() const;

    void accept() override;

    // For tests.
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *workspaceEdit() const { return m_workspace; }
    QComboBox *sslModeBox() const { return m_sslMode; }
    QString errorText() const;
    QString addressText() const;

private:
    void updateAddress();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_workspace;
    QComboBox *m_sslMode;
    QLabel *m_address;
    QLabel *m_error;
};

} // namespace at
