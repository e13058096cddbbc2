#include "fieldproblem.h"

#include <QLabel>

namespace FieldProblem {

QColor color(const QPalette &palette)
{
    // The same red would be unreadable on a dark window: a lighter one there.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

void style(QLabel *label)
{
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color(palette));
    label->setPalette(palette);
    label->hide();
}

QLabel *create(QWidget *parent)
{
    auto *label = new QLabel(parent);
    style(label);
    return label;
}

void show(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

} // namespace FieldProblem
