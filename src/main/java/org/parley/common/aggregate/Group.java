package org.parley.common.aggregate;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Type(Group.TYPE)
@Description("The items that share one value of each dimension asked, and how many they are.")
@RegisterForReflection(methods = false)
public class Group {

    public static final String TYPE = "AggregateGroup";
    /** A group has one key per dimension asked, each at most once. */
    public static final int MAX_KEYS = Dimension.values().length;

    @Description("How many items of the list are in this group.")
    public int count;

    @Description("This group's count over that of all the items sharing its keys but the last (of all items, when it "
            + "has one key), from 0 to 1: with `by: [AGREEMENT, STATUS]`, the share of an agreement's provisions in each status.")
    public double share;

    @NonNull
    @Description("The group's value of each dimension, in the order `by` names them.")
    public List<@NonNull GroupKey> keys;

    Group(int count, double share, List<GroupKey> keys) {
        this.count = count;
        this.share = share;
        this.keys = keys;
    }
}
