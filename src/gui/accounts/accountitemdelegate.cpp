#include "accountitemdelegate.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int Padding = 6;
}

AccountItemDelegate::AccountItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QFont AccountItemDelegate::platformFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

void AccountItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString platform = index.data(PlatformRole).toString();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const bool selected = option.state & QStyle::State_Selected;
    const QRect text = option.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    painter->save();
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(option.font);
    const QFontMetrics nameMetrics(option.font);
    const int nameHeight = nameMetrics.height();
    painter->drawText(QRect(text.left(), text.top(), text.width(), nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, text.width()));
    if (!platform.isEmpty()) {
        const QFont small = platformFont(option.font);
        QColor quiet = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        quiet.setAlphaF(0.65f);
        painter->setPen(quiet);
        painter->setFont(small);
        painter->drawText(QRect(text.left(), text.top() + nameHeight, text.width(), QFontMetrics(small).height()),
                          Qt::AlignLeft | Qt::AlignVCenter, platform);
    }
    painter->restore();
}

QSize AccountItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int height = QFontMetrics(option.font).height() + Padding;
    if (!index.data(PlatformRole).toString().isEmpty())
        height += QFontMetrics(platformFont(option.font)).height();
    return {QStyledItemDelegate::sizeHint(option, index).width(), height + Padding / 2};
}
