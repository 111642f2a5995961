// SPDX-License-Identifier: MIT
#include "embed/QuadTree.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>

namespace aclwb {
namespace {

constexpr int32_t kMaxDepth = 48; // (near-)coincident points stop splitting here and share a leaf

/// Per-thread scratch of one group's interaction lists (structure of arrays, so the sums vectorise).
struct Lists {
    std::vector<float> cellX, cellY, cellMass;
    std::vector<float> pointX, pointY;
    std::vector<int32_t> stack;
};

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define ACLWB_MULTIVERSION __attribute__((target_clones("avx2", "default")))
#else
#define ACLWB_MULTIVERSION
#endif

/// Sums one point's repulsion over a group's interaction lists. Its own contribution (distance 0, q = 1) is in
/// the lists, as a single point or inside a lumped cell, and is taken out afterwards, which keeps the loops free
/// of branches so they vectorise (AVX2 where the CPU has it).
ACLWB_MULTIVERSION void sumInteractions(float px, float py, const Lists& lists, float& sumQ, float& fx, float& fy)
{
    const size_t cells = lists.cellX.size();
    const size_t singles = lists.pointX.size();
    const float* __restrict cx = lists.cellX.data();
    const float* __restrict cy = lists.cellY.data();
    const float* __restrict cm = lists.cellMass.data();
    const float* __restrict sx = lists.pointX.data();
    const float* __restrict sy = lists.pointY.data();
    float q1 = 0.0f;
    float ax = 0.0f;
    float ay = 0.0f;
#pragma omp simd reduction(+ : q1, ax, ay)
    for (size_t c = 0; c < cells; ++c) {
        const float dx = px - cx[c];
        const float dy = py - cy[c];
        const float q = 1.0f / (1.0f + dx * dx + dy * dy);
        const float mq = cm[c] * q;
        q1 += mq;
        ax += mq * q * dx;
        ay += mq * q * dy;
    }
#pragma omp simd reduction(+ : q1, ax, ay)
    for (size_t k = 0; k < singles; ++k) {
        const float dx = px - sx[k];
        const float dy = py - sy[k];
        const float q = 1.0f / (1.0f + dx * dx + dy * dy);
        q1 += q;
        ax += q * q * dx;
        ay += q * q * dy;
    }
    sumQ = q1 - 1.0f; // the point itself
    fx = ax;
    fy = ay;
}

} // namespace

QuadTree::QuadTree(const std::vector<double>& points)
    : m_points(points)
{
    const int64_t n = static_cast<int64_t>(points.size() / 2);
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    for (int64_t i = 0; i < n; ++i) {
        const double x = points[static_cast<size_t>(2 * i)];
        const double y = points[static_cast<size_t>(2 * i + 1)];
        minX = i == 0 ? x : std::min(minX, x);
        maxX = i == 0 ? x : std::max(maxX, x);
        minY = i == 0 ? y : std::min(minY, y);
        maxY = i == 0 ? y : std::max(maxY, y);
    }
    m_nodes.reserve(static_cast<size_t>(2 * n + 16));
    m_next.assign(static_cast<size_t>(n), -1);
    Node root;
    root.centreX = 0.5 * (minX + maxX);
    root.centreY = 0.5 * (minY + maxY);
    root.halfWidth = 0.5 * std::max(maxX - minX, maxY - minY) + 1e-5;
    m_nodes.push_back(root);
    for (int64_t i = 0; i < n; ++i) {
        insert(i, points[static_cast<size_t>(2 * i)], points[static_cast<size_t>(2 * i + 1)]);
    }
    for (Node& node : m_nodes) {
        if (node.count > 0) {
            node.massX /= static_cast<double>(node.count);
            node.massY /= static_cast<double>(node.count);
        }
    }
    orderPoints();
}

void QuadTree::subdivide(int32_t index)
{
    const Node parent = m_nodes[static_cast<size_t>(index)];
    const double h = 0.5 * parent.halfWidth;
    const int32_t first = static_cast<int32_t>(m_nodes.size());
    for (int k = 0; k < 4; ++k) {
        Node child;
        child.centreX = parent.centreX + ((k & 1) ? h : -h);
        child.centreY = parent.centreY + ((k & 2) ? h : -h);
        child.halfWidth = h;
        child.depth = parent.depth + 1;
        m_nodes.push_back(child);
    }
    m_nodes[static_cast<size_t>(index)].firstChild = first;
}

void QuadTree::insert(int64_t point, double x, double y)
{
    int32_t index = 0;
    while (true) {
        Node& node = m_nodes[static_cast<size_t>(index)];
        node.massX += x;
        node.massY += y;
        ++node.count;
        if (node.firstChild < 0) {
            if (node.count == 1) {
                node.head = point;
                return;
            }
            if (node.depth >= kMaxDepth) {
                m_next[static_cast<size_t>(point)] = node.head;
                node.head = point;
                return;
            }
            const int64_t resident = node.head; // a single point: push it one level down
            node.head = -1;
            subdivide(index);
            const Node& parent = m_nodes[static_cast<size_t>(index)];
            const double rx = m_points[static_cast<size_t>(2 * resident)];
            const double ry = m_points[static_cast<size_t>(2 * resident + 1)];
            Node& child = m_nodes[static_cast<size_t>(parent.firstChild + (rx > parent.centreX ? 1 : 0)
                                                      + (ry > parent.centreY ? 2 : 0))];
            child.massX += rx;
            child.massY += ry;
            child.count = 1;
            child.head = resident;
        }
        const Node& current = m_nodes[static_cast<size_t>(index)];
        index = current.firstChild + (x > current.centreX ? 1 : 0) + (y > current.centreY ? 2 : 0);
    }
}

void QuadTree::orderPoints()
{
    // Depth-first: every node's points become one contiguous range of m_order; groups are the topmost nodes
    // holding at most kGroupSize points.
    m_order.clear();
    m_order.reserve(m_next.size());
    std::vector<std::pair<int32_t, bool>> stack { { 0, false } };
    while (!stack.empty()) {
        const auto [index, closing] = stack.back();
        stack.pop_back();
        Node& node = m_nodes[static_cast<size_t>(index)];
        if (closing) {
            node.end = static_cast<int64_t>(m_order.size());
            continue;
        }
        node.begin = static_cast<int64_t>(m_order.size());
        if (node.firstChild < 0) {
            for (int64_t p = node.head; p >= 0; p = m_next[static_cast<size_t>(p)]) {
                m_order.push_back(p);
            }
            node.end = static_cast<int64_t>(m_order.size());
            continue;
        }
        stack.push_back({ index, true });
        for (int k = 3; k >= 0; --k) {
            stack.push_back({ node.firstChild + k, false });
        }
    }
    std::vector<int32_t> pending { 0 };
    while (!pending.empty()) {
        const int32_t index = pending.back();
        pending.pop_back();
        const Node& node = m_nodes[static_cast<size_t>(index)];
        if (node.count == 0) {
            continue;
        }
        if (node.count <= kGroupSize || node.firstChild < 0) {
            m_groups.push_back(index);
            continue;
        }
        for (int k = 0; k < 4; ++k) {
            pending.push_back(node.firstChild + k);
        }
    }
}

void QuadTree::repulsion(double theta, std::vector<double>& forces, std::vector<double>& sumQ) const
{
    const float theta2 = static_cast<float>(theta * theta);
    at::parallel_for(0, static_cast<int64_t>(m_groups.size()), 4, [&](int64_t first, int64_t last) {
        Lists lists;
        for (int64_t g = first; g < last; ++g) {
            const Node& group = m_nodes[static_cast<size_t>(m_groups[static_cast<size_t>(g)])];
            double bx0 = 0, bx1 = 0, by0 = 0, by1 = 0;
            for (int64_t k = group.begin; k < group.end; ++k) {
                const int64_t p = m_order[static_cast<size_t>(k)];
                const double x = m_points[static_cast<size_t>(2 * p)];
                const double y = m_points[static_cast<size_t>(2 * p + 1)];
                bx0 = k == group.begin ? x : std::min(bx0, x);
                bx1 = k == group.begin ? x : std::max(bx1, x);
                by0 = k == group.begin ? y : std::min(by0, y);
                by1 = k == group.begin ? y : std::max(by1, y);
            }
            // One walk for the whole group: accepted cells and single points go to the lists.
            lists.cellX.clear();
            lists.cellY.clear();
            lists.cellMass.clear();
            lists.pointX.clear();
            lists.pointY.clear();
            lists.stack.assign(1, 0);
            while (!lists.stack.empty()) {
                const Node& node = m_nodes[static_cast<size_t>(lists.stack.back())];
                lists.stack.pop_back();
                if (node.count == 0) {
                    continue;
                }
                if (node.firstChild < 0 && node.count == 1) {
                    lists.pointX.push_back(static_cast<float>(node.massX));
                    lists.pointY.push_back(static_cast<float>(node.massY));
                    continue;
                }
                const double dx = std::max({ bx0 - node.massX, 0.0, node.massX - bx1 });
                const double dy = std::max({ by0 - node.massY, 0.0, node.massY - by1 });
                const double width = 2.0 * node.halfWidth;
                if (node.firstChild < 0 || width * width < theta2 * (dx * dx + dy * dy)) {
                    lists.cellX.push_back(static_cast<float>(node.massX));
                    lists.cellY.push_back(static_cast<float>(node.massY));
                    lists.cellMass.push_back(static_cast<float>(node.count));
                } else {
                    for (int k = 0; k < 4; ++k) {
                        lists.stack.push_back(node.firstChild + k);
                    }
                }
            }
            for (int64_t k = group.begin; k < group.end; ++k) {
                const int64_t p = m_order[static_cast<size_t>(k)];
                float q1 = 0.0f, fx = 0.0f, fy = 0.0f;
                sumInteractions(static_cast<float>(m_points[static_cast<size_t>(2 * p)]),
                                static_cast<float>(m_points[static_cast<size_t>(2 * p + 1)]), lists, q1, fx, fy);
                forces[static_cast<size_t>(2 * p)] = fx;
                forces[static_cast<size_t>(2 * p + 1)] = fy;
                sumQ[static_cast<size_t>(p)] = q1;
            }
        }
    });
}

} // namespace aclwb
