// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/preferences/preferencesdialog.h"

#include "app/core/import/importlimit.h"
#include "app/core/settings.h"
#include "ui/annotations/authorfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace at {

namespace {

constexpr qint64 mebibyte = qint64(1024) * 1024;
constexpr int maxImportCapMebibytes = 1024 * 1024; // 1 TiB

// The cap in whole MiB as the box shows it: 0 (automatic) stays 0, any set cap is at least 1 MiB.
int shownCap(qint64 bytes)
{
    if (bytes <= 0)
        return 0;
    return int(std::clamp<qint64>((bytes + mebibyte / 2) / mebibyte, 1, maxImportCapMebibytes));
}

int indexOfData(const QComboBox *box, int value)
{
    const int i = box->findData(value);
    return i >= 0 ? i : 0;
}

} // namespace

PreferencesDialog::PreferencesDialog(Settings *settings, const QLocale &systemLocale, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_initial(Preferences::load(*settings))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    // Each language is named in itself, so that a user who cannot read the current one still finds theirs.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    const QLocale systemChoice = localeFor(Language::System, systemLocale);
    const QString systemName =
        systemChoice.language() == QLocale::Chinese ? QStringLiteral("简体中文") : QStringLiteral("English");
    m_language->addItem(tr("Follow the system (%1)").arg(systemName), int(Language::System));
    m_language->addItem(QStringLiteral("English"), int(Language::English));
    m_language->addItem(QStringLiteral("简体中文"), int(Language::SimplifiedChinese));
    m_languageNote = new QLabel(tr("The new language is used the next time Alliance Timeline starts."), this);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setTextFormat(Qt::PlainText);
    m_languageNote->setWordWrap(true);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));

    // Empty means the system user name, which the field shows as its placeholder.
    m_author = new AuthorField(this);

    auto spin = [this](const QString &name, int min, int max, const QString &suffix) {
        auto *box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(min, max);
        box->setSuffix(suffix);
        box->setGroupSeparatorShown(false);
        return box;
    };
    m_exportWidth = spin(QStringLiteral("exportWidth"), 16, 16384, tr(" px"));
    m_exportHeight = spin(QStringLiteral("exportHeight"), 16, 16384, tr(" px"));
    // 0 is "automatic": the limit derived from this computer's memory, named with its value.
    m_importCap = spin(QStringLiteral("importSizeCap"), 0, maxImportCapMebibytes, tr(" MiB"));
    m_importCap->setSpecialValueText(tr("Automatic: %1 MiB for this computer's memory")
                                         .arg(ImportLimit::automaticBytes(physicalMemoryBytes()) / mebibyte));
    m_exportWidth->setAccessibleName(tr("Export width"));
    m_exportHeight->setAccessibleName(tr("Export height"));

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_exportWidth);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_exportHeight);
    sizeRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Annotation &author:"), m_author);
    form->addRow(tr("Default &export size:"), sizeRow);
    form->addRow(tr("&Import size limit:"), m_importCap);
    auto *capNote = new QLabel(tr("Datasets larger than this are refused before they are read. For one run: "
                                  "--max-file-size on the command line."),
                               this);
    capNote->setTextFormat(Qt::PlainText);
    capNote->setWordWrap(true);
    form->addRow(QString(), capNote);
    // QFormLayout only buddies labels it made from text: give the size row's label its spin box.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(sizeRow)))
        label->setBuddy(m_exportWidth);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(Preferences::defaults()); });
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateLanguageNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    setPreferences(m_initial);
    setMinimumWidth(480);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = Language(m_language->currentData().toInt());
    p.theme = Theme(m_theme->currentData().toInt());
    p.annotationAuthor = m_author->text().trimmed();
    p.exportSize = QSize(m_exportWidth->value(), m_exportHeight->value());
    // The box shows whole MiB: an untouched box keeps a stored cap that is not a whole number of MiB.
    const qint64 shown = m_importCap->value();
    const bool untouched = shown == shownCap(m_initial.importSizeCap);
    p.importSizeCap = untouched ? m_initial.importSizeCap : shown * mebibyte;
    return p;
}

void PreferencesDialog::setPreferences(const Preferences &p)
{
    m_language->setCurrentIndex(indexOfData(m_language, int(p.language)));
    m_theme->setCurrentIndex(indexOfData(m_theme, int(p.theme)));
    m_author->setText(p.annotationAuthor);
    m_exportWidth->setValue(p.exportSize.width());
    m_exportHeight->setValue(p.exportSize.height());
    m_importCap->setValue(shownCap(p.importSizeCap));
    updateLanguageNote();
}

void PreferencesDialog::accept()
{
    const Preferences p = preferences();
    p.save(*m_settings);
    m_settings->sync();
    if (p.theme != m_initial.theme)
        Q_EMIT themeChanged(p.theme);
    if (p.language != m_initial.language)
        Q_EMIT languageChanged(p.language);
    if (p != m_initial)
        Q_EMIT preferencesChanged(p);
    m_initial = p;
    QDialog::accept();
}

void PreferencesDialog::updateLanguageNote()
{
    m_languageNote->setVisible(Language(m_language->currentData().toInt()) != m_initial.language);
}

} // namespace at
