// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/export/pngencoder.h"

#include <csetjmp>
#include <png.h>
#include <zlib.h>

namespace at {
namespace {

void appendToByteArray(png_structp png, png_bytep data, png_size_t length)
{
    static_cast<QByteArray *>(png_get_io_ptr(png))
        ->append(reinterpret_cast<const char *>(data), qsizetype(length));
}
void noFlush(png_structp) {}

// libpng reports errors with longjmp; this function keeps only trivially destructible locals between the
// setjmp and any call that may jump, so the jump skips no destructor.
bool encodeRows(const QImage &image, QByteArray *out)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, info ? &info : nullptr);
        return false;
    }
    png_set_write_fn(png, out, appendToByteArray, noFlush);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, 0, PNG_FILTER_NONE);
    png_set_compression_level(png, 1);
    png_set_compression_strategy(png, Z_RLE);
    png_write_info(png, info);
    // RGB32 is 0xffRRGGBB, i.e. B,G,R,X in memory on little-endian machines.
    png_set_filler(png, 0, PNG_FILLER_AFTER);
    png_set_bgr(png);
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, const_cast<png_bytep>(image.constScanLine(y)));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace

bool encodePng(const QImage &image, QByteArray *out)
{
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "encodePng assumes little-endian RGB32");
    const QImage rgb =
        image.format() == QImage::Format_RGB32 ? image : image.convertToFormat(QImage::Format_RGB32);
    out->clear();
    // About one byte per pixel for chart images; one reservation avoids repeated growth.
    out->reserve(qsizetype(rgb.width()) * rgb.height() / 2);
    return encodeRows(rgb, out);
}

} // namespace at
