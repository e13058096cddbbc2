#pragma once

#include "model/deliverystate.h"

#include <QColor>

class QPalette;

// The colours that mark a delivery's state, tinted for a light or a dark palette so that the text
// on them keeps its contrast. An invalid colour means "no mark".
namespace StateColors {
QColor background(DeliveryState state, const QPalette &palette);
} // namespace StateColors
