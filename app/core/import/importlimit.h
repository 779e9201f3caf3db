// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace at {

class Settings;

// How large a file an import takes: the setting "Import size limit" (keys::importSizeCap) when the user set
// one, else a limit derived from the memory of this computer, so that what the machine can hold opens with
// the default settings and what it cannot is refused before a byte is read.
//
// The memory a read needs, for a file of S bytes:
//     need(S) = S + S * 7/3
// S for the text itself (mapped and read through, so resident while the readers work), and 7/3 of it for the
// store built from the text together with the builder's working tables at their peak. 7/3 covers what was
// measured, the larger of the two formats: the process that read a 1M-event synthetic dataset and drew it
// peaked, beyond its 42 MB without a dataset and beyond the text, at 393 MB for the JSON file (309 MB of
// text: 1.27 per byte) and 409 MB for the CSV tables (180 MB: 2.27 per byte, with their events read in two
// ranges), about 400 B per event either way (docs/PERFORMANCE.md, "Memory of a read"). CSV says the same in
// fewer bytes, so it needs more per byte. (9/4 until the CSV reader used both cores: 2.23 per byte then.)
//
// The automatic limit lets such a read take half of the physical memory (the other half stays for the
// system, the other programs, and the dataset shown until the new one replaces it):
//     limit = physical / 2 / (1 + 7/3) = physical * 3/20
// A 23.5 GiB computer takes files up to 3.5 GiB: about 12 million events of JSON, 21 million in CSV tables.
// Physical memory, not the memory free at the moment: a default that moved with every start would open a
// file one day and refuse it the next, and most of what is not free is file cache that the system gives back.
struct ImportLimit {
    // The store's peak per byte of text, 7/3 (see above), and the share of the memory a read may take, 1/2.
    static constexpr qint64 storePerTextByteNumerator = 7;
    static constexpr qint64 storePerTextByteDenominator = 3;
    static constexpr qint64 usableShareDivisor = 2;

    // A default-made limit is a fixed 256 MiB: what a caller gets that did not ask the settings.
    qint64 bytes = qint64(256) * 1024 * 1024; // files over this are refused
    bool automatic = false;                   // derived from memory (false: set by the user)
    qint64 physicalMemory = 0;                // of this computer, when automatic

    // The memory reading a file of `fileBytes` needs, by the formula above.
    static qint64 memoryNeeded(qint64 fileBytes);
    // The limit on a computer with `physicalMemory` bytes of RAM.
    static qint64 automaticBytes(qint64 physicalMemory);
    // The setting's value (0 or absent: automatic) on a computer with `physicalMemory` bytes.
    static ImportLimit fromSetting(qint64 settingBytes, qint64 physicalMemory);
    static ImportLimit fromSettings(const Settings &settings);
    // The limit --max-file-size sets for one run.
    static ImportLimit given(qint64 bytes);

    // Why a file of `fileBytes` is refused and what to change so that it is not: the setting's name in
    // Preferences and the command-line option, with a value that would take the file.
    QString refusal(qint64 fileBytes) const;
};

// The physical memory of this computer in bytes (0 when the system does not say).
qint64 physicalMemoryBytes();

// "296M": the --max-file-size value that takes a file of `bytes` (whole MiB, rounded up).
QString maxFileSizeArgument(qint64 bytes);
// Reads a --max-file-size value: bytes, or a number with K, M, G or T (KiB, MiB, GiB, TiB; "MiB" and "MB"
// say the same). Nothing when it is not such a value or is 0.
std::optional<qint64> parseByteSize(QStringView text);

} // namespace at
