// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QLabel;
class QListWidget;

namespace aclwb::widgets {

/// A grid of sample images with a caption each (sample index, true and predicted class): the points a user selected
/// in an embedding, to see which images sit where (a minority sample inside the majority cluster, a mislabelled one).
/// Flagged samples (e.g. predicted wrong) get a red caption.
class SampleGallery : public QWidget {
    Q_OBJECT

public:
    explicit SampleGallery(QWidget* parent = nullptr);

    /// `images` may be shorter than `captions` (images not loaded): those samples show their caption only.
    /// `toolTips` (optional) says more than the short caption under each image.
    void setSamples(const QVector<QImage>& images, const QStringList& captions, const QVector<bool>& flagged = {},
                    int side = 64, const QStringList& toolTips = {});
    int count() const;
    QStringList captions() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_header = nullptr;
    QListWidget* m_list = nullptr;
    int m_flagged = 0;
};

} // namespace aclwb::widgets
