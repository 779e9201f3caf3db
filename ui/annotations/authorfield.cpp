// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/annotations/authorfield.h"

#include "app/core/annotations/annotation.h"

namespace at {

AuthorField::AuthorField(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("annotationAuthor"));
    setMaxLength(200);
    setPlaceholderText(tr("%1 (your user name)").arg(systemUserName()));
    setToolTip(tr("Saved with each annotation you write. Leave empty to use your user name."));
}

QString AuthorField::effectiveAuthor() const
{
    const QString name = text().trimmed();
    return name.isEmpty() ? systemUserName() : name;
}

} // namespace at
