// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The import size limit: derived from the computer's memory by the formula of importlimit.h unless the user
// set one, and every refusal says what to change (the setting in Preferences, the command-line option, a
// value that would take the file).
#include "app/core/import/datasetimport.h"
#include "app/core/import/importlimit.h"
#include "app/core/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportLimit : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static constexpr qint64 gib = qint64(1024) * 1024 * 1024;
    static constexpr qint64 millionEventsJson = 309513910; // gen_dataset --events 1000000 --json

    // A file of `bytes` that takes no room on the disk: the limit is checked before anything is read.
    QString sparse(const QString &name, qint64 bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || !file.resize(bytes))
            qFatal("cannot make %s", qPrintable(name));
        return file.fileName();
    }
    static QStringList refusals(const QString &file, const at::ImportLimit &limit)
    {
        at::ImportRequest request;
        request.files = {file};
        request.mode = at::ImportMode::Replace;
        request.sizeLimit = limit;
        const at::ImportResult result = at::runImport(request);
        return result.ok() ? QStringList() : at::toStrings(result.errors);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // need(S) = S + S * 7/3; limit = physical / 2 / (1 + 7/3).
    void theFormula()
    {
        QCOMPARE(at::ImportLimit::memoryNeeded(0), qint64(0));
        QCOMPARE(at::ImportLimit::memoryNeeded(4), qint64(13));
        QCOMPARE(at::ImportLimit::memoryNeeded(millionEventsJson),
                 qint64(1031713033));                                               // 10/3 x, rounded down
        QCOMPARE(at::ImportLimit::automaticBytes(30 * gib), qint64(4831838208));    // 30 GiB * 3/20 = 4.5 GiB
        QCOMPARE(at::ImportLimit::automaticBytes(25276071936), qint64(3791410788)); // this 23.5 GiB machine
        QCOMPARE(at::ImportLimit::automaticBytes(16 * gib), qint64(2576980377));
        QCOMPARE(at::ImportLimit::automaticBytes(0), qint64(322122546)); // unknown: as a 2 GiB machine
        // What the automatic limit takes needs at most half of the memory.
        for (const qint64 memory : {2 * gib, 16 * gib, qint64(25276071936), 256 * gib})
            QVERIFY(at::ImportLimit::memoryNeeded(at::ImportLimit::automaticBytes(memory)) <= memory / 2);
        // The 1M-event JSON fits a machine of 2 GiB and more; not one of 1 GiB.
        QCOMPARE(at::ImportLimit::automaticBytes(2 * gib), qint64(322122546));
        QCOMPARE(at::ImportLimit::automaticBytes(gib), qint64(161061273));
    }

    void fromTheSetting()
    {
        at::ImportLimit automatic = at::ImportLimit::fromSetting(0, 16 * gib);
        QCOMPARE(automatic.bytes, qint64(2576980377));
        QVERIFY(automatic.automatic);
        at::ImportLimit set = at::ImportLimit::fromSetting(1000, 16 * gib);
        QCOMPARE(set.bytes, qint64(1000));
        QVERIFY(!set.automatic);
        // Absent from the settings file: automatic, from this computer's memory.
        at::Settings settings(m_dir.filePath(u"settings.ini"_s));
        automatic = at::ImportLimit::fromSettings(settings);
        QVERIFY(automatic.automatic);
        QCOMPARE(automatic.physicalMemory, at::physicalMemoryBytes());
        QVERIFY(at::physicalMemoryBytes() > 0);
        QCOMPARE(automatic.bytes, at::ImportLimit::automaticBytes(at::physicalMemoryBytes()));
        settings.setValue(at::keys::importSizeCap, qint64(5000));
        QCOMPARE(at::ImportLimit::fromSettings(settings).bytes, qint64(5000));
        QVERIFY(!at::ImportLimit::fromSettings(settings).automatic);
    }

    // A set limit (the setting, or --max-file-size) names both ways past it and a value that takes the file.
    void aSetLimitSaysWhatToChange()
    {
        const QString file = sparse(u"million.json"_s, millionEventsJson);
        QCOMPARE(refusals(file, at::ImportLimit::given(qint64(256) * 1024 * 1024)),
                 QStringList{file + u": error: the file is 309513910 bytes, over the import size limit of "
                                    u"268435456 bytes; to open it, raise \"Import size limit\" in Edit > "
                                    u"Preferences, or start with --max-file-size 296M"_s});
        // The value named takes the file, one MiB less would not.
        QVERIFY(*at::parseByteSize(u"296M") >= millionEventsJson);
        QVERIFY(*at::parseByteSize(u"295M") < millionEventsJson);
    }

    // The automatic limit says why: the memory, and what the read would need.
    void aFileThatCannotFitIsRefused()
    {
        const QString file = sparse(u"three-billion.json"_s, 3000000000);
        QCOMPARE(refusals(file, at::ImportLimit::fromSetting(0, 16 * gib)),
                 QStringList{file + u": error: the file is 3000000000 bytes, over the import size limit of "
                                    u"2576980377 bytes that this computer's 16.0 GiB of memory allows "
                                    u"(reading it needs about 9.3 GiB); to try anyway, set \"Import size "
                                    u"limit\" in Edit > Preferences, or start with --max-file-size 2862M"_s});
    }

    void byteSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // 0: not a size
        QTest::newRow("bytes") << u"1000"_s << qint64(1000);
        QTest::newRow("K") << u"4K"_s << qint64(4096);
        QTest::newRow("M") << u"512M"_s << qint64(512) * 1024 * 1024;
        QTest::newRow("MiB with space") << u"512 MiB"_s << qint64(512) * 1024 * 1024;
        QTest::newRow("g lower case") << u"2g"_s << 2 * gib;
        QTest::newRow("GB") << u"2GB"_s << 2 * gib;
        QTest::newRow("T") << u"1T"_s << 1024 * gib;
        QTest::newRow("zero") << u"0"_s << qint64(0);
        QTest::newRow("fraction") << u"1.5G"_s << qint64(0);
        QTest::newRow("negative") << u"-5M"_s << qint64(0);
        QTest::newRow("unknown unit") << u"5X"_s << qint64(0);
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("overflow") << u"999999999999999T"_s << qint64(0);
    }
    void byteSizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QCOMPARE(at::parseByteSize(text).value_or(0), bytes);
    }

    void theArgumentThatTakesAFile()
    {
        QCOMPARE(at::maxFileSizeArgument(1), u"1M"_s);
        QCOMPARE(at::maxFileSizeArgument(1024 * 1024), u"1M"_s);
        QCOMPARE(at::maxFileSizeArgument(1024 * 1024 + 1), u"2M"_s);
        QCOMPARE(at::maxFileSizeArgument(millionEventsJson), u"296M"_s);
    }
};

QTEST_GUILESS_MAIN(TestImportLimit)
#include "tst_importlimit.moc"
