// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/annotations/rangeannotations.h"

#include "app/core/annotations/annotationedits.h"

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>

namespace at {
namespace {
void reportFailure(const StoreError &error, QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, RangeAnnotations::tr("Annotation"),
                    RangeAnnotations::tr("The annotation was not saved."), QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText); // the reason may quote data
    box.setInformativeText(error.text());
    box.exec();
}
} // namespace

void RangeAnnotations::annotate(AnnotationEdits *edits, const Dataset &dataset,
                                const AnnotationTarget &target, const QLocale &locale, QWidget *parent)
{
    if (!edits || !target.isValid() || !target.isRange())
        return;
    // "Sina Weibo, 1 Jun 2011 – 31 Dec 2011": what the annotation is about, as plain text in a label.
    const QString about =
        targetTitle(dataset, target, locale) + QStringLiteral(", ") + rangeDisplayText(target, locale);
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("annotateRange"));
    dialog.setWindowTitle(target.kind == AnnotationTarget::Kind::Span ? tr("Annotate Span")
                                                                      : tr("Annotate Period"));
    dialog.setLabelText(tr("What happened in %1?").arg(about));
    // A company's name is data: never taken for markup.
    for (QLabel *label : dialog.findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
        return;
    Annotation a = edits->draft(target);
    a.text = dialog.textValue().trimmed();
    if (auto added = edits->add(a); !added)
        reportFailure(added.error(), parent);
}

void RangeAnnotations::setRange(AnnotationEdits *edits, const QString &id, const AnnotationTarget &range,
                                QWidget *parent)
{
    if (!edits)
        return;
    if (auto saved = edits->setRange(id, range.from, range.to); !saved)
        reportFailure(saved.error(), parent);
}

} // namespace at
