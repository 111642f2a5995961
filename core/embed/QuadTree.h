// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

namespace aclwb {

/// A 2-D Barnes-Hut tree over a t-SNE layout, rebuilt each iteration, that computes all repulsive forces with
/// interaction lists: points are grouped by tree cell (at most kGroupSize per group); each group walks the tree
/// once, with the opening test taken against the group's bounding box (never looser than the per-point test,
/// so at least as accurate as classic Barnes-Hut at the same theta), and then every point of the group sums
/// over the accepted cells and the nearby points in tight, vectorisable loops.
class QuadTree {
public:
    static constexpr int64_t kGroupSize = 128;

    /// `points`: x0, y0, x1, y1, ...
    explicit QuadTree(const std::vector<double>& points);

    /// For every point i: forces[2i, 2i+1] = sum_j q_ij^2 Z^2 (y_i - y_j) and sumQ[i] = sum_j q_ij Z, where
    /// q_ij Z = 1 / (1 + |y_i - y_j|^2); cells of width w whose centre of mass lies at least d from the group's box
    /// with w / d < theta count as one point. Multithreaded over groups.
    void repulsion(double theta, std::vector<double>& forces, std::vector<double>& sumQ) const;

private:
    struct Node {
        double centreX = 0, centreY = 0, halfWidth = 0;
        double massX = 0, massY = 0; // sum, then centre of mass
        int64_t count = 0;
        int64_t head = -1;       // first point of a leaf (linked through m_next), -1 otherwise
        int32_t firstChild = -1; // four consecutive children, or -1 for a leaf
        int32_t depth = 0;
        int64_t begin = 0, end = 0; // the node's points: m_order[begin, end)
    };
    void insert(int64_t index, double x, double y);
    void subdivide(int32_t node);
    void orderPoints();

    const std::vector<double>& m_points;
    std::vector<Node> m_nodes;
    std::vector<int64_t> m_next;  // next point in the same (lumped) leaf
    std::vector<int64_t> m_order; // points in depth-first tree order
    std::vector<int32_t> m_groups;
};

} // namespace aclwb
