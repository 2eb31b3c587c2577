package share

// RAMOptions configure this service's part of the world.
type RAMOptions struct{}

func (o RAMOptions) withDefaults() RAMOptions { return o }

// ramState is this service's part of the world. The store's lock guards it.
type ramState struct{}

func newRAMState() *ramState { return &ramState{} }

func (st *ramState) orgChanged(tx *Tx, ev OrgEvent) {}
