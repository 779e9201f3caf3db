// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Choosing the language (system / setting / --lang) and switching it at run time: the app's own strings,
// Qt's own (qtbase), and the default locale's number format.
#include "app/core/import/datasetimport.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/language.h"
#include "app/core/numberformat.h"
#include "ui/application/commandline.h"
#include "ui/timeline/timelinetext.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace at;

Q_DECLARE_METATYPE(std::optional<at::Language>)

class TestLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void choose_data();
    void choose();
    void switchLanguage();
    void qtDialogsFollow();
    void messagesOutsideWidgetsFollow();
    void missingTranslationIsReported();
    void cleanup();
};

void TestLanguage::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("language"); // -1: refused
    QTest::newRow("empty") << QString() << int(Language::System);
    QTest::newRow("system") << QStringLiteral("System") << int(Language::System);
    QTest::newRow("en") << QStringLiteral("en") << int(Language::English);
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << int(Language::English);
    QTest::newRow("en-US") << QStringLiteral("en-US") << int(Language::English);
    QTest::newRow("zh") << QStringLiteral("zh") << int(Language::SimplifiedChinese);
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << int(Language::SimplifiedChinese);
    QTest::newRow("zh-cn") << QStringLiteral(" zh-cn ") << int(Language::SimplifiedChinese);
    QTest::newRow("zh_Hans") << QStringLiteral("zh_Hans") << int(Language::SimplifiedChinese);
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << -1;
    QTest::newRow("fr") << QStringLiteral("fr") << -1;
    QTest::newRow("english") << QStringLiteral("english") << -1;
}

void TestLanguage::parse()
{
    QFETCH(QString, text);
    QFETCH(int, language);
    const std::optional<Language> parsed = parseLanguage(text);
    QCOMPARE(parsed ? int(*parsed) : -1, language);
    if (parsed)
        QCOMPARE(parseLanguage(languageCode(*parsed)), parsed);
}

void TestLanguage::choose_data()
{
    QTest::addColumn<std::optional<Language>>("commandLine");
    QTest::addColumn<int>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected"); // QLocale::name()
    const std::optional<Language> none;
    QTest::newRow("system zh_CN") << none << int(Language::System) << QStringLiteral("zh_CN")
                                  << QStringLiteral("zh_CN");
    QTest::newRow("system zh_TW") << none << int(Language::System) << QStringLiteral("zh_TW")
                                  << QStringLiteral("zh_CN");
    QTest::newRow("system en_GB") << none << int(Language::System) << QStringLiteral("en_GB")
                                  << QStringLiteral("en_GB");
    QTest::newRow("system de_DE") << none << int(Language::System) << QStringLiteral("de_DE")
                                  << QStringLiteral("en_DE");
    QTest::newRow("system C") << none << int(Language::System) << QStringLiteral("C")
                              << QStringLiteral("en_US");
    QTest::newRow("setting beats system")
        << none << int(Language::SimplifiedChinese) << QStringLiteral("en_US") << QStringLiteral("zh_CN");
    QTest::newRow("setting English on Chinese system")
        << none << int(Language::English) << QStringLiteral("zh_CN") << QStringLiteral("en_US");
    QTest::newRow("--lang beats setting")
        << std::optional(Language::English) << int(Language::SimplifiedChinese) << QStringLiteral("zh_CN")
        << QStringLiteral("en_US");
    QTest::newRow("--lang zh") << std::optional(Language::SimplifiedChinese) << int(Language::English)
                               << QStringLiteral("en_GB") << QStringLiteral("zh_CN");
    QTest::newRow("--lang system") << std::optional(Language::System) << int(Language::English)
                                   << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
}

void TestLanguage::choose()
{
    QFETCH(std::optional<Language>, commandLine);
    QFETCH(int, setting);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(chooseLocale(commandLine, Language(setting), QLocale(system)).name(), expected);
}

void TestLanguage::switchLanguage()
{
    auto tr = [](const char *context, const char *source) {
        return QCoreApplication::translate(context, source);
    };
    const QLocale zh(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);

    LanguageLoad loaded = applyLanguage(*qApp, zh);
    QVERIFY(loaded.appTranslation);
    QVERIFY(loaded.qtTranslation);
    QCOMPARE(tr("at::PreferencesDialog", "Preferences"), QStringLiteral("首选项"));
    QCOMPARE(tr("at::PreferencesDialog", "Dark"), QStringLiteral("深色"));
    QCOMPARE(tr("at::PreferencesDialog", "Follow the system"), QStringLiteral("跟随系统"));
    QCOMPARE(tr("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    QCOMPARE(formatCount(858e6, QLocale()), QStringLiteral("8.58 亿"));

    loaded = applyLanguage(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(loaded.appTranslation && loaded.qtTranslation);
    QCOMPARE(tr("at::PreferencesDialog", "Preferences"), QStringLiteral("Preferences"));
    QCOMPARE(tr("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    QCOMPARE(QLocale().name(), QStringLiteral("en_US"));
    QCOMPARE(formatCount(858e6, QLocale()), QStringLiteral("858 million"));

    // Switching back and forth replaces the translators rather than piling them up.
    applyLanguage(*qApp, zh);
    applyLanguage(*qApp, zh);
    QCOMPARE(qApp->findChildren<QTranslator *>().size(), 2);
    QCOMPARE(tr("at::PreferencesDialog", "Light"), QStringLiteral("浅色"));
}

void TestLanguage::qtDialogsFollow()
{
    applyLanguage(*qApp, QLocale(QLocale::Chinese, QLocale::China));
    QDialogButtonBox zhBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                           QDialogButtonBox::RestoreDefaults);
    QCOMPARE(zhBox.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    QCOMPARE(zhBox.button(QDialogButtonBox::RestoreDefaults)->text(), QStringLiteral("恢复默认值"));

    applyLanguage(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QDialogButtonBox enBox(QDialogButtonBox::Cancel);
    QCOMPARE(enBox.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

void TestLanguage::messagesOutsideWidgetsFollow()
{
    // Strings of files with no QObject (the readers, the command line, the timeline's tooltips) once went
    // through a file-local tr() wrapper whose context lupdate did not know: translated in the .ts file, and
    // shown in English all the same. One from each such file, as the user sees it.
    applyLanguage(*qApp, QLocale(QLocale::Chinese, QLocale::China));
    LoadResult empty = readDatasetJson(QByteArrayView(), QStringLiteral("x.json"));
    QCOMPARE(at::errorsOf(empty).size(), 1);
    QCOMPARE(at::errorsOf(empty).first().message, QStringLiteral("文件为空"));
    const auto parsed = parseCommandLine(
        {QStringLiteral("alliance-timeline"), QStringLiteral("--lang"), QStringLiteral("fr")}, {});
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, QStringLiteral("不支持 --lang “fr”；请使用 en 或 zh_CN"));
    QCOMPARE(timelinetext::clusterTooltip(12, 2455624.0, 2455624.0, QLocale()).section(u'\n', 1),
             QStringLiteral("单击或放大以查看"));
    ImportRequest request;
    request.files = {QStringLiteral(AT_TEST_DATA "/no-such-file.csv")};
    const ImportResult missing = runImport(request);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.errors.first().message, QStringLiteral("文件不存在"));

    applyLanguage(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    empty = readDatasetJson(QByteArrayView(), QStringLiteral("x.json"));
    QCOMPARE(at::errorsOf(empty).first().message, QStringLiteral("the file is empty"));
}

void TestLanguage::missingTranslationIsReported()
{
    // A directory without the app's .qm file: the caller learns that only Qt's own strings are translated.
    const LanguageLoad loaded =
        applyLanguage(*qApp, QLocale(QLocale::Chinese, QLocale::China), QStringLiteral(AT_TEST_DATA));
    QVERIFY(!loaded.appTranslation);
    QVERIFY(loaded.qtTranslation);
    QCOMPARE(QCoreApplication::translate("at::PreferencesDialog", "Preferences"),
             QStringLiteral("Preferences"));
}

void TestLanguage::cleanup()
{
    applyLanguage(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
