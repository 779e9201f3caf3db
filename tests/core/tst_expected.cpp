// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Expected<T, E>: a value or an error, and Expected<void, E>: success or an error.
#include "app/core/expected.h"
#include "app/core/fileerror.h"

#include <QTest>

using namespace at;

class TestExpected : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void holdsAValue()
    {
        const Expected<int, FileError> e = 42;
        QVERIFY(e.hasValue());
        QVERIFY(bool(e));
        QCOMPARE(*e, 42);
        QCOMPARE(e.valueOr(7), 42);
    }
    void holdsAnError()
    {
        const Expected<int, FileError> e =
            Unexpected(FileError{u"/tmp/x.png"_qs, u"No space left on device"_qs});
        QVERIFY(!e.hasValue());
        QVERIFY(!e);
        QCOMPARE(e.error().toString(), u"/tmp/x.png: No space left on device"_qs);
        QCOMPARE(e.valueOr(7), 7);
    }
    void voidSuccessAndFailure()
    {
        const Expected<void, FileError> ok;
        QVERIFY(ok.hasValue());
        const Expected<void, FileError> failed =
            Unexpected(FileError{{}, u"the disk did not confirm the write"_qs});
        QVERIFY(!failed);
        QCOMPARE(failed.error().toString(), u"the disk did not confirm the write"_qs);
    }
    void movesItsValueOut()
    {
        Expected<QString, FileError> e = u"text"_qs;
        const QString moved = std::move(e).value();
        QCOMPARE(moved, u"text"_qs);
    }
};

QTEST_APPLESS_MAIN(TestExpected)
#include "tst_expected.moc"
