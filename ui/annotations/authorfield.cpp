#include "authorfield.h"

#include "annotations/annotation.h"

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
