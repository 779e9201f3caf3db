// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/export/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace at {

namespace {
enum SizeChoice { ViewSize, FullHd, UltraHd, Custom };
}

ExportDialog::ExportDialog(const QString &viewTitle, const QSize &viewSize, bool hasTimeRange,
                           double visibleFrom, double visibleTo, QWidget *parent)
    : QDialog(parent), m_viewSize(viewSize), m_hasTimeRange(hasTimeRange)
{
    setWindowTitle(tr("Export %1").arg(viewTitle));
    auto *form = new QFormLayout;

    m_size = new QComboBox(this);
    m_size->addItem(tr("Current view size (%1×%2)").arg(viewSize.width()).arg(viewSize.height()), ViewSize);
    m_size->addItem(tr("1920×1080 (Full HD)"), FullHd);
    m_size->addItem(tr("3840×2160 (4K)"), UltraHd);
    m_size->addItem(tr("Custom"), Custom);
    m_size->setCurrentIndex(1);
    form->addRow(tr("&Size:"), m_size);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 16384);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(1920);
    m_height->setValue(1080);
    auto *custom = new QHBoxLayout;
    custom->addWidget(m_width);
    custom->addWidget(m_height);
    form->addRow(tr("Width, height:"), custom);
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.5, 4.0);
    m_scale->setSingleStep(0.25);
    m_scale->setValue(1.0);
    m_scale->setSuffix(QStringLiteral("×"));
    m_scale->setToolTip(
        tr("Device pixel ratio: 2× doubles the pixels and keeps the layout, for high-DPI screens"));
    form->addRow(tr("S&cale:"), m_scale);

    m_title = new QLineEdit(viewTitle, this);
    form->addRow(tr("&Title:"), m_title);
    m_legend = new QCheckBox(tr("Include the &legend"), this);
    m_legend->setChecked(true);
    m_footnote = new QCheckBox(tr("Include the source &footnote"), this);
    m_footnote->setChecked(true);
    m_cursor = new QCheckBox(tr("Draw the time &cursor"), this);
    m_cursor->setObjectName(QStringLiteral("drawCursor"));
    form->addRow(QString(), m_legend);
    form->addRow(QString(), m_footnote);
    form->addRow(QString(), m_cursor);
    // Which annotations the picture carries, numbered, with their text in notes under it.
    m_annotations = new QComboBox(this);
    m_annotations->setObjectName(QStringLiteral("annotations"));
    m_annotations->addItem(tr("All"), AnnotationChoice::all().toString());
    m_annotations->addItem(tr("None"), AnnotationChoice::none().toString());
    form->addRow(tr("&Annotations:"), m_annotations);

    if (hasTimeRange) {
        m_range = new QComboBox(this);
        m_range->addItem(tr("Visible range"));
        m_range->addItem(tr("Chosen range"));
        form->addRow(tr("&Range:"), m_range);
        m_from = new QDateEdit(QDate::fromJulianDay(qint64(visibleFrom)), this);
        m_to = new QDateEdit(QDate::fromJulianDay(qint64(visibleTo)), this);
        for (QDateEdit *e : {m_from, m_to}) {
            e->setCalendarPopup(true);
            e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            e->setEnabled(false);
        }
        auto *range = new QHBoxLayout;
        range->addWidget(m_from);
        range->addWidget(m_to);
        form->addRow(tr("From, to:"), range);
        connect(m_range, &QComboBox::currentIndexChanged, this, [this](int i) {
            m_from->setEnabled(i == 1);
            m_to->setEnabled(i == 1);
        });
    }

    m_path = new QLineEdit(this);
    m_path->setText(QDir(defaultFolder()).filePath(QStringLiteral("alliance-timeline.png")));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path);
    fileRow->addWidget(browse);
    // A row that is a layout gets no buddy from the form: without one, the label would show its "&".
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *copy = buttons->addButton(tr("Copy to &Clipboard"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] {
        m_copy = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_size, &QComboBox::currentIndexChanged, this, &ExportDialog::updateCustomSize);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateCustomSize();
}

void ExportDialog::updateCustomSize()
{
    const auto choice = SizeChoice(m_size->currentData().toInt());
    const QSize preset = choice == ViewSize  ? m_viewSize
                         : choice == UltraHd ? QSize(3840, 2160)
                         : choice == FullHd  ? QSize(1920, 1080)
                                             : QSize(m_width->value(), m_height->value());
    m_width->setValue(preset.width());
    m_height->setValue(preset.height());
    m_width->setEnabled(choice == Custom);
    m_height->setEnabled(choice == Custom);
}

void ExportDialog::chooseFile()
{
    const QString file =
        QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                     tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf);;"
                                        "CSV data of the view (*.csv)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

bool ExportDialog::drawCursor() const
{
    return m_cursor->isChecked();
}

void ExportDialog::setPictureTitle(const QString &title)
{
    m_title->setText(title);
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::path() const
{
    return m_path->text();
}

QString ExportDialog::defaultFolder()
{
    // The user's pictures folder where there is one; a fresh account (or a desktop that never made it)
    // may have none, and a path into it could not be written.
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return !pictures.isEmpty() && QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
}

void ExportDialog::setAnnotationChoices(const QStringList &tags, const QStringList &authors)
{
    while (m_annotations->count() > 2)
        m_annotations->removeItem(2);
    // Data-derived names in a combo box are plain text.
    for (const QString &tag : tags)
        m_annotations->addItem(tr("Tagged “%1”").arg(tag), AnnotationChoice::tag(tag).toString());
    for (const QString &author : authors)
        m_annotations->addItem(tr("By %1").arg(author), AnnotationChoice::author(author).toString());
}

AnnotationChoice ExportDialog::annotationChoice() const
{
    return AnnotationChoice::parse(m_annotations->currentData().toString()).value_or(AnnotationChoice::all());
}

void ExportDialog::setAnnotationChoice(const AnnotationChoice &choice)
{
    const int i = m_annotations->findData(choice.toString());
    if (i >= 0)
        m_annotations->setCurrentIndex(i);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.size = QSize(m_width->value(), m_height->value());
    r.scale = m_scale->value();
    r.title = m_title->text();
    r.legend = m_legend->isChecked();
    r.footnote = m_footnote->isChecked();
    if (m_hasTimeRange && m_range->currentIndex() == 1) {
        r.from = double(m_from->date().toJulianDay());
        r.to = double(m_to->date().toJulianDay()) + 1.0;
    }
    return r;
}

} // namespace at
