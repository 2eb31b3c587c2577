"""Organizations handshake lifecycle with boto3 against a started cmd/sharesim.

Usage: python3 boto3_orgs_handshakes.py ENDPOINT MANAGEMENT MEMBER OUTSIDER

Each account signs with its account ID as access key. The script only
drives the calls and prints what boto3 returned as one JSON document on
stdout; the Go test (boto3_orgs_test.go) asserts it. It exits 3 if boto3
is not installed (see sharesim_boto3).
"""

import sys

from sharesim_boto3 import client, error_of, report


def brief(handshakes):
    return [{"id": h["Id"], "state": h["State"]} for h in handshakes]


def main():
    endpoint, management, member, outsider = sys.argv[1:5]
    as_mgmt, as_member, as_outsider = (client("organizations", endpoint, a) for a in (management, member, outsider))
    out = {}

    as_mgmt.create_organization(FeatureSet="ALL")
    invited = as_mgmt.invite_account_to_organization(Target={"Id": member, "Type": "ACCOUNT"})["Handshake"]
    hs_id = invited["Id"]
    out["invited"] = {
        "id": hs_id,
        "state": invited["State"],
        "lifetime": (invited["ExpirationTimestamp"] - invited["RequestedTimestamp"]).total_seconds(),
    }
    out["memberSees"] = brief(as_member.list_handshakes_for_account()["Handshakes"])
    out["outsiderDescribe"] = error_of(lambda: as_outsider.describe_handshake(HandshakeId=hs_id))
    out["managementDecline"] = error_of(lambda: as_mgmt.decline_handshake(HandshakeId=hs_id))
    out["declined"] = as_member.decline_handshake(HandshakeId=hs_id)["Handshake"]["State"]
    out["declineAgain"] = error_of(lambda: as_member.decline_handshake(HandshakeId=hs_id))
    out["acceptDeclined"] = error_of(lambda: as_member.accept_handshake(HandshakeId=hs_id))
    out["managementDescribes"] = as_mgmt.describe_handshake(HandshakeId=hs_id)["Handshake"]["State"]

    second = as_mgmt.invite_account_to_organization(Target={"Id": outsider, "Type": "ACCOUNT"})["Handshake"]["Id"]
    out["canceledId"] = second
    out["canceled"] = as_mgmt.cancel_handshake(HandshakeId=second)["Handshake"]["State"]
    out["cancelAgain"] = error_of(lambda: as_mgmt.cancel_handshake(HandshakeId=second))

    pages = as_mgmt.get_paginator("list_handshakes_for_organization").paginate(
        Filter={"ActionType": "INVITE"}, PaginationConfig={"PageSize": 1}
    )
    out["organizationSees"] = [h for page in pages for h in brief(page["Handshakes"])]
    out["bothFilters"] = error_of(
        lambda: as_mgmt.list_handshakes_for_organization(Filter={"ActionType": "INVITE", "ParentHandshakeId": hs_id})
    )
    out["badId"] = error_of(lambda: as_member.describe_handshake(HandshakeId="h-NOT-AN-ID"))

    report(out)


if __name__ == "__main__":
    main()
