#include "core/text/utf8.h"

namespace demarche::utf8 {
namespace {

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

} // namespace

qsizetype firstInvalid(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        uchar low = 0x80; // allowed range of the second byte, narrower for some leads
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            extra = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            extra = 2;
            if (lead == 0xE0)
                low = 0xA0; // overlong
            else if (lead == 0xED)
                high = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            extra = 3;
            if (lead == 0xF0)
                low = 0x90; // overlong
            else if (lead == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + extra >= size)
            return i; // cut off at the end of the file
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k <= extra; ++k) {
            if (!isContinuation(data[i + k]))
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

} // namespace demarche::utf8
