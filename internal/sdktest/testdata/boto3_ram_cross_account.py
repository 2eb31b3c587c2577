"""RAM cross-account smoke run with boto3 against a started cmd/sharesim.

Usage: python3 boto3_ram_cross_account.py ENDPOINT OWNER MEMBER OUTSIDER

Each account signs with its account ID as access key. The script only
drives the calls and prints what boto3 returned as one JSON document on
stdout; the Go test (boto3_test.go) asserts it. It exits 3 if boto3 is not
installed (see sharesim_boto3).
"""

import sys

from sharesim_boto3 import client, error_of, report


def main():
    endpoint, owner, member, outsider = sys.argv[1:5]
    as_owner, as_member, as_outsider = (client("ram", endpoint, a) for a in (owner, member, outsider))
    out = {}

    created = as_owner.create_resource_share(
        name="boto3-share", principals=[member], allowExternalPrincipals=True
    )["resourceShare"]
    share_arn = created["resourceShareArn"]
    out["created"] = {
        "arn": share_arn,
        "owner": created["owningAccountId"],
        "status": created["status"],
        "creationTime": created["creationTime"].isoformat(),
    }

    invitations = as_member.get_resource_share_invitations()["resourceShareInvitations"]
    out["invitations"] = [
        {
            "arn": i["resourceShareInvitationArn"],
            "shareArn": i["resourceShareArn"],
            "sender": i["senderAccountId"],
            "receiver": i["receiverAccountId"],
            "status": i["status"],
        }
        for i in invitations
    ]
    invitation_arn = invitations[0]["resourceShareInvitationArn"]

    out["outsiderAccept"] = error_of(
        lambda: as_outsider.accept_resource_share_invitation(resourceShareInvitationArn=invitation_arn)
    )
    accepted = as_member.accept_resource_share_invitation(resourceShareInvitationArn=invitation_arn)
    out["accepted"] = accepted["resourceShareInvitation"]["status"]
    out["acceptAgain"] = error_of(
        lambda: as_member.accept_resource_share_invitation(resourceShareInvitationArn=invitation_arn)
    )

    shared = as_member.get_resource_shares(resourceOwner="OTHER-ACCOUNTS")["resourceShares"]
    out["memberSees"] = [s["resourceShareArn"] for s in shared]
    associations = as_owner.get_resource_share_associations(
        associationType="PRINCIPAL", resourceShareArns=[share_arn]
    )["resourceShareAssociations"]
    out["ownerSees"] = [{"entity": a["associatedEntity"], "status": a["status"]} for a in associations]

    report(out)


if __name__ == "__main__":
    main()
