// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QLineEdit>

namespace at {

// The author of new annotations, for a preferences form: empty means the system user name, which the
// placeholder shows.
class AuthorField : public QLineEdit {
    Q_OBJECT
public:
    explicit AuthorField(QWidget *parent = nullptr);
    // The name annotations get: the text, or the system user name when it is empty.
    QString effectiveAuthor() const;
};

} // namespace at
