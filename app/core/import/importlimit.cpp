// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/importlimit.h"

#include "app/core/settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <limits>
#include <unistd.h>

namespace at {

namespace {
struct LimitText {
    Q_DECLARE_TR_FUNCTIONS(at::ImportLimit)
};
constexpr qint64 mebibyte = qint64(1024) * 1024;

QString readable(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}
} // namespace

qint64 physicalMemoryBytes()
{
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    return pages > 0 && pageSize > 0 ? qint64(pages) * qint64(pageSize) : 0;
}

qint64 ImportLimit::memoryNeeded(qint64 fileBytes)
{
    return fileBytes + fileBytes / storePerTextByteDenominator * storePerTextByteNumerator +
           fileBytes % storePerTextByteDenominator * storePerTextByteNumerator / storePerTextByteDenominator;
}

qint64 ImportLimit::automaticBytes(qint64 physicalMemory)
{
    // Unknown memory: the limit of a small machine (2 GiB), so that nothing is refused that most can read.
    const qint64 memory = physicalMemory > 0 ? physicalMemory : qint64(2) * 1024 * mebibyte;
    // memory / usableShareDivisor / (1 + numerator / denominator), in integers.
    return memory / usableShareDivisor / (storePerTextByteDenominator + storePerTextByteNumerator) *
           storePerTextByteDenominator;
}

ImportLimit ImportLimit::fromSetting(qint64 settingBytes, qint64 physicalMemory)
{
    if (settingBytes > 0)
        return ImportLimit{settingBytes, false, physicalMemory};
    return ImportLimit{automaticBytes(physicalMemory), true, physicalMemory};
}

ImportLimit ImportLimit::fromSettings(const Settings &settings)
{
    return fromSetting(settings.value(keys::importSizeCap), physicalMemoryBytes());
}

ImportLimit ImportLimit::given(qint64 bytes)
{
    return ImportLimit{bytes, false, 0};
}

QString ImportLimit::refusal(qint64 fileBytes) const
{
    if (automatic && physicalMemory > 0)
        return LimitText::tr("the file is %1 bytes, over the import size limit of %2 bytes that this "
                             "computer's %3 of memory allows (reading it needs about %4); to try anyway, set "
                             "\"Import size limit\" in Edit > Preferences, or start with --max-file-size %5")
            .arg(fileBytes)
            .arg(bytes)
            .arg(readable(physicalMemory), readable(memoryNeeded(fileBytes)), maxFileSizeArgument(fileBytes));
    return LimitText::tr("the file is %1 bytes, over the import size limit of %2 bytes; to open it, raise "
                         "\"Import size limit\" in Edit > Preferences, or start with --max-file-size %3")
        .arg(fileBytes)
        .arg(bytes)
        .arg(maxFileSizeArgument(fileBytes));
}

QString maxFileSizeArgument(qint64 bytes)
{
    return QString::number((bytes + mebibyte - 1) / mebibyte) + u'M';
}

std::optional<qint64> parseByteSize(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,15})\\s*(?:([kmgt])(?:i?b)?)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    qint64 value = m.captured(1).toLongLong();
    const QString unit = m.captured(2).toLower();
    const int shifts = unit.isEmpty() ? 0 : int(QStringLiteral("kmgt").indexOf(unit)) + 1;
    for (int i = 0; i < shifts; ++i) {
        if (value > (std::numeric_limits<qint64>::max() >> 10))
            return std::nullopt;
        value <<= 10;
    }
    if (value <= 0)
        return std::nullopt;
    return value;
}

} // namespace at
