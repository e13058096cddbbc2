#include "statecolors.h"

#include <QPalette>

namespace StateColors {

QColor background(DeliveryState state, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (state) {
    case DeliveryState::Verifying: return dark ? QColor(0x6b, 0x4e, 0x0f) : QColor(0xff, 0xe3, 0xa3);      // amber
    case DeliveryState::NeedsAttention: return dark ? QColor(0x7a, 0x1f, 0x1f) : QColor(0xf9, 0xc0, 0xbb); // red
    case DeliveryState::Published: return dark ? QColor(0x1e, 0x5a, 0x2c) : QColor(0xc8, 0xeb, 0xcc);      // green
    case DeliveryState::Failed: return dark ? QColor(0x4f, 0x0d, 0x14) : QColor(0xd9, 0x8c, 0x93);         // dark red
    default: return {};
    }
}

} // namespace StateColors
