package share

// AMOptions configure this service's part of the world.
type AMOptions struct{}

func (o AMOptions) withDefaults() AMOptions { return o }

// amState is this service's part of the world. The store's lock guards it.
type amState struct{}

func newAMState() *amState { return &amState{} }

func (st *amState) orgChanged(tx *Tx, ev OrgEvent) {}
