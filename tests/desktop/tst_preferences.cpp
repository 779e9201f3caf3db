// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Preferences: stored under the typed keys, read back with defaults for anything unreadable, and edited by
// the dialog (OK saves and says what changed, Cancel changes nothing, Restore Defaults resets the widgets).
#include "app/core/import/importlimit.h"
#include "app/core/settings.h"
#include "ui/preferences/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace at;

class TestPreferences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void defaults();
    void roundTrip();
    void unreadableValuesFallBack();
    void exportSizeText_data();
    void exportSizeText();
    void dialogShowsStoredValues();
    void okSavesAndSignals();
    void cancelChangesNothing();
    void restoreDefaults();
    void languageNote();
    void untouchedCapKeepsItsBytes();
    void automaticCapIsNamedWithItsValue();

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_ini;
};

void TestPreferences::init()
{
    QVERIFY(m_dir.isValid());
    m_ini = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_count));
}

void TestPreferences::defaults()
{
    const Preferences d = Preferences::defaults();
    QCOMPARE(d.language, Language::System);
    QCOMPARE(d.theme, Theme::System);
    QCOMPARE(d.annotationAuthor, QString());
    QCOMPARE(d.exportSize, QSize(1920, 1080));
    QCOMPARE(d.importSizeCap, qint64(0)); // derived from the computer's memory
    Settings empty(m_ini);
    QCOMPARE(Preferences::load(empty), d);
}

void TestPreferences::roundTrip()
{
    Preferences p;
    p.language = Language::SimplifiedChinese;
    p.theme = Theme::Dark;
    p.annotationAuthor = QStringLiteral("王小明 <img src=x>");
    p.exportSize = QSize(3840, 2160);
    p.importSizeCap = qint64(12) * 1024 * 1024 + 5;
    {
        Settings s(m_ini);
        p.save(s);
        s.sync();
    }
    Settings again(m_ini);
    QCOMPARE(Preferences::load(again), p);
    // The stored form under the keys that the rest of the app reads.
    QCOMPARE(again.value(keys::language), QStringLiteral("zh_CN"));
    QCOMPARE(again.value(keys::theme), QStringLiteral("dark"));
    QCOMPARE(again.value(keys::exportSize), QStringLiteral("3840x2160"));
    QCOMPARE(again.value(keys::importSizeCap), qint64(12) * 1024 * 1024 + 5);
}

void TestPreferences::unreadableValuesFallBack()
{
    {
        QSettings raw(m_ini, QSettings::IniFormat);
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        raw.setValue(QStringLiteral("ui/theme"), QStringLiteral("solarized"));
        raw.setValue(QStringLiteral("export/size"), QStringLiteral("bigxsmall"));
        raw.setValue(QStringLiteral("import/maxBytes"), QStringLiteral("-3"));
    }
    Settings s(m_ini);
    QCOMPARE(Preferences::load(s), Preferences::defaults());
}

void TestPreferences::exportSizeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("size");
    QTest::newRow("hd") << QStringLiteral("1920x1080") << QSize(1920, 1080);
    QTest::newRow("upper X, spaces") << QStringLiteral(" 800 X 600 ") << QSize(800, 600);
    QTest::newRow("zero") << QStringLiteral("0x600") << QSize();
    QTest::newRow("negative") << QStringLiteral("-5x600") << QSize();
    QTest::newRow("no x") << QStringLiteral("1920") << QSize();
    QTest::newRow("empty") << QString() << QSize();
    QTest::newRow("trailing") << QStringLiteral("10x20x30") << QSize();
}

void TestPreferences::exportSizeText()
{
    QFETCH(QString, text);
    QFETCH(QSize, size);
    QCOMPARE(parseExportSize(text), size);
    if (size.isValid())
        QCOMPARE(parseExportSize(at::exportSizeText(size)), size);
}

namespace {

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1StringView(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

QPushButton *button(QWidget &dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox *>()->button(which);
}

} // namespace

void TestPreferences::dialogShowsStoredValues()
{
    Settings s(m_ini);
    Preferences p;
    p.language = Language::English;
    p.theme = Theme::Light;
    p.annotationAuthor = QStringLiteral("<img src=x>");
    p.exportSize = QSize(1280, 720);
    p.importSizeCap = qint64(64) * 1024 * 1024;
    p.save(s);

    PreferencesDialog dialog(&s, QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(dialog.preferences(), p);
    QCOMPARE(child<QComboBox>(dialog, "language")->currentText(), QStringLiteral("English"));
    QCOMPARE(child<QComboBox>(dialog, "language")->itemText(0),
             QStringLiteral("Follow the system (简体中文)"));
    QCOMPARE(child<QComboBox>(dialog, "theme")->currentText(), QStringLiteral("Light"));
    QCOMPARE(child<QLineEdit>(dialog, "annotationAuthor")->text(), QStringLiteral("<img src=x>"));
    QCOMPARE(child<QSpinBox>(dialog, "exportWidth")->value(), 1280);
    QCOMPARE(child<QSpinBox>(dialog, "exportHeight")->value(), 720);
    QCOMPARE(child<QSpinBox>(dialog, "importSizeCap")->value(), 64);
    QCOMPARE(child<QSpinBox>(dialog, "importSizeCap")->text(), QStringLiteral("64 MiB"));

    PreferencesDialog english(&s, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(child<QComboBox>(english, "language")->itemText(0),
             QStringLiteral("Follow the system (English)"));
}

void TestPreferences::okSavesAndSignals()
{
    Settings s(m_ini);
    PreferencesDialog dialog(&s);
    QSignalSpy theme(&dialog, &PreferencesDialog::themeChanged);
    QSignalSpy language(&dialog, &PreferencesDialog::languageChanged);
    QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);

    child<QComboBox>(dialog, "theme")->setCurrentIndex(2);    // Dark
    child<QComboBox>(dialog, "language")->setCurrentIndex(2); // 简体中文
    child<QLineEdit>(dialog, "annotationAuthor")->setText(QStringLiteral("  李雷  "));
    child<QSpinBox>(dialog, "exportWidth")->setValue(2560);
    child<QSpinBox>(dialog, "exportHeight")->setValue(1440);
    child<QSpinBox>(dialog, "importSizeCap")->setValue(512);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(theme.size(), 1);
    QCOMPARE(theme.first().first().value<Theme>(), Theme::Dark);
    QCOMPARE(language.size(), 1);
    QCOMPARE(language.first().first().value<Language>(), Language::SimplifiedChinese);
    QCOMPARE(changed.size(), 1);

    Settings reread(m_ini);
    QCOMPARE(reread.value(keys::theme), QStringLiteral("dark"));
    QCOMPARE(reread.value(keys::language), QStringLiteral("zh_CN"));
    QCOMPARE(reread.value(keys::annotationAuthor), QStringLiteral("李雷"));
    QCOMPARE(reread.value(keys::exportSize), QStringLiteral("2560x1440"));
    QCOMPARE(reread.value(keys::importSizeCap), qint64(512) * 1024 * 1024);

    // OK again without changes: saved, nothing announced.
    dialog.open();
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(theme.size(), 1);
    QCOMPARE(language.size(), 1);
    QCOMPARE(changed.size(), 1);
}

void TestPreferences::cancelChangesNothing()
{
    Settings s(m_ini);
    PreferencesDialog dialog(&s);
    QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
    child<QComboBox>(dialog, "theme")->setCurrentIndex(1);
    child<QLineEdit>(dialog, "annotationAuthor")->setText(QStringLiteral("someone"));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(changed.size(), 0);
    Settings reread(m_ini);
    QCOMPARE(Preferences::load(reread), Preferences::defaults());
    QCOMPARE(reread.value(keys::annotationAuthor), QString());
}

void TestPreferences::restoreDefaults()
{
    Settings s(m_ini);
    Preferences p;
    p.theme = Theme::Dark;
    p.exportSize = QSize(100, 100);
    p.save(s);
    PreferencesDialog dialog(&s);
    QCOMPARE(dialog.preferences().theme, Theme::Dark);
    QTest::mouseClick(button(dialog, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(dialog.preferences(), Preferences::defaults());
    // Only the widgets changed: nothing is saved until OK.
    Settings reread(m_ini);
    QCOMPARE(reread.value(keys::theme), QStringLiteral("dark"));
}

void TestPreferences::languageNote()
{
    Settings s(m_ini);
    PreferencesDialog dialog(&s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *note = child<QLabel>(dialog, "languageNote");
    QVERIFY(!note->isVisible());
    child<QComboBox>(dialog, "language")->setCurrentIndex(1);
    QVERIFY(note->isVisible());
    QCOMPARE(note->textFormat(), Qt::PlainText);
    child<QComboBox>(dialog, "language")->setCurrentIndex(0);
    QVERIFY(!note->isVisible());
}

void TestPreferences::untouchedCapKeepsItsBytes()
{
    Settings s(m_ini);
    Preferences p;
    p.importSizeCap = qint64(10) * 1024 * 1024 + 1234; // not whole MiB: set by hand in the file
    p.save(s);
    PreferencesDialog dialog(&s);
    QCOMPARE(child<QSpinBox>(dialog, "importSizeCap")->value(), 10);
    QCOMPARE(dialog.preferences().importSizeCap, p.importSizeCap);
    child<QSpinBox>(dialog, "importSizeCap")->setValue(11);
    QCOMPARE(dialog.preferences().importSizeCap, qint64(11) * 1024 * 1024);
}

// 0, the default, is the limit derived from memory: the box says so and how much that is here; any other
// value is a cap the user set, and going back to 0 is automatic again.
void TestPreferences::automaticCapIsNamedWithItsValue()
{
    Settings s(m_ini);
    PreferencesDialog dialog(&s);
    auto *box = child<QSpinBox>(dialog, "importSizeCap");
    QCOMPARE(box->value(), 0);
    const qint64 automatic = ImportLimit::automaticBytes(physicalMemoryBytes());
    QVERIFY(automatic > 0);
    QCOMPARE(box->text(),
             QStringLiteral("Automatic: %1 MiB for this computer's memory").arg(automatic / (1024 * 1024)));
    QCOMPARE(dialog.preferences().importSizeCap, qint64(0));
    box->setValue(300);
    QCOMPARE(box->text(), QStringLiteral("300 MiB"));
    QCOMPARE(dialog.preferences().importSizeCap, qint64(300) * 1024 * 1024);
    box->setValue(0);
    QCOMPARE(dialog.preferences().importSizeCap, qint64(0));
    dialog.accept();
    Settings reread(m_ini);
    QCOMPARE(reread.value(keys::importSizeCap), qint64(0));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
